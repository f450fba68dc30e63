import type { Mandate } from "../doctypes/mandate/data.generated.js";
import type { Doc } from "../parse/doc.js";
import { defineRule } from "../link/rule.js";

/** An edge group → group, and the mandate (and reportsTo index) that writes it. */
interface Edge {
  doc: Doc;
  index: number;
}

/** No loop in the reportsTo graph of the mandates; each loop is reported once. */
const rule = defineRule({
  id: "reporting-cycle",
  severity: "error",
  stage: "link",
  description: {
    sv: "Ingen grupp rapporterar, direkt eller via andra grupper, till sig själv.",
    en: "No group reports to itself, directly or through other groups.",
  },
  messages: {
    cycle: {
      sv: "Rapporteringen går i cirkel: {{chain}}.",
      en: "Reporting goes round in a circle: {{chain}}.",
      note: {
        sv: "En av grupperna ska rapportera till en grupp utanför cirkeln; rätta reportsTo i någon av uppdragshandlingarna.",
        en: "One of the groups must report outside the circle; correct reportsTo in one of the mandates.",
      },
    },
  },
  phrases: {
    nextStep: { sv: "nästa steg i cirkeln", en: "the next step in the circle" },
  },
  check(ctx) {
    const edges = new Map<string, (Edge & { to: string })[]>();
    for (const { doc, data } of ctx.ofType<Mandate>("uppdragshandling")) {
      data.reportsTo.forEach((party, index) => {
        if (party.group) edges.set(data.group, [...(edges.get(data.group) ?? []), { to: party.group, doc, index }]);
      });
    }
    const at = (edge: Edge) => ({ doc: edge.doc, path: ["reportsTo", edge.index, "group"] });
    const reported = new Set<string>();
    const state = new Map<string, "open" | "done">();
    const stack: { group: string; via?: Edge }[] = [];
    const visit = (group: string, via?: Edge) => {
      if (state.get(group) === "done") return;
      if (state.get(group) === "open") {
        const start = stack.findIndex((s) => s.group === group);
        // Every step in the loop arrived by an edge, written in the mandate of the group before it.
        const loop = [...stack.slice(start + 1), { group, via }] as { group: string; via: Edge }[];
        const members = loop.map((s) => s.group);
        const key = [...members].sort().join(" ");
        if (reported.has(key)) return;
        reported.add(key);
        const chain = [group, ...members].map((id) => ctx.registry.nameOf("group", id)).join(" → ");
        // Point at the edge written in the alphabetically first file, so the report is stable.
        const first = [...loop].sort((a, b) => (a.via.doc.path < b.via.doc.path ? -1 : 1))[0]!;
        ctx.report({
          ...at(first.via),
          messageId: "cycle",
          data: { chain },
          related: loop.filter((s) => s !== first).map((s) => ({ ...at(s.via), phrase: "nextStep" as const })),
        });
        return;
      }
      state.set(group, "open");
      stack.push({ group, via });
      for (const edge of edges.get(group) ?? []) visit(edge.to, edge);
      stack.pop();
      state.set(group, "done");
    };
    for (const group of [...edges.keys()].sort()) visit(group);
  },
});

export default rule;
