import { mandates, placeIn, type LinkContext } from "../link/compat.js";
import { defineRule } from "../link/rule.js";

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
  check(ctx) {
    // Edges group → group from every mandate's reportsTo, with where each edge is written.
    const edges = new Map<string, { to: string; file: (typeof ctx.documents)[number]; index: number }[]>();
    for (const { file, data } of mandates(ctx)) {
      data.reportsTo.forEach((party, index) => {
        if (party.group) edges.set(data.group, [...(edges.get(data.group) ?? []), { to: party.group, file, index }]);
      });
    }
    const reported = new Set<string>();
    const state = new Map<string, "open" | "done">();
    const stack: { group: string; via?: { file: (typeof ctx.documents)[number]; index: number } }[] = [];
    const visit = (group: string, via?: { file: (typeof ctx.documents)[number]; index: number }) => {
      if (state.get(group) === "done") return;
      if (state.get(group) === "open") {
        const start = stack.findIndex((s) => s.group === group);
        const loop = [...stack.slice(start + 1), { group, via }];
        const members = loop.map((s) => s.group);
        const key = [...members].sort().join(" ");
        if (reported.has(key)) return;
        reported.add(key);
        const chain = [group, ...members].map((id) => ctx.registry.nameOf("group", id)).join(" → ");
        // Point at the edge written in the alphabetically first file, so the report is stable.
        // Every step in the loop arrived by an edge (`via`), written in the mandate of the group before it.
        const first = [...loop].sort((a, b) => (a.via!.file.path < b.via!.file.path ? -1 : 1))[0]!;
        const edge = first.via!;
        const path = ["reportsTo", edge.index, "group"];
        ctx.report(rule, {
          file: edge.file.path,
          place: placeIn(edge.file, path),
          path,
          messageId: "cycle",
          data: { chain },
          related: loop
            .filter((s) => s.via && s !== first)
            .map((s) => ({ file: s.via!.file.path, place: placeIn(s.via!.file, ["reportsTo", s.via!.index, "group"]), message: ctx.lang === "sv" ? "nästa steg i cirkeln" : "the next step in the circle" })),
        });
        return;
      }
      state.set(group, "open");
      stack.push({ group, via });
      for (const edge of edges.get(group) ?? []) visit(edge.to, { file: edge.file, index: edge.index });
      stack.pop();
      state.set(group, "done");
    };
    for (const group of [...edges.keys()].sort()) visit(group);
  },
});

export default rule;
