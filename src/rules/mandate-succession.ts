import { mandateStatus } from "../doctypes/lifecycle.js";
import type { Mandate } from "../doctypes/mandate/data.generated.js";
import { defineRule } from "../link/rule.js";

/**
 * A repeal and its successor name each other: the repealed mandate's `repealed.replacedBy` and the
 * successor's `replaces`. Checked both ways among the mandates of the run (a successor that is not
 * in the run is not judged: its registry id is checked by reference-exists).
 */
const rule = defineRule({
  id: "mandate-succession",
  severity: "error",
  stage: "link",
  description: {
    sv: "En upphävd uppdragshandling och den som ersätter den nämner varandra.",
    en: "A repealed mandate and the one that replaces it name each other.",
  },
  messages: {
    successorSilent: {
      sv: "{{group}} ersätts av {{successor}}, men uppdragshandlingen för {{successor}} nämner inte {{group}} under replaces.",
      en: "{{group}} is replaced by {{successor}}, but the mandate of {{successor}} does not list {{group}} under replaces.",
      note: { sv: "Lägg till {{id}} under replaces: i efterträdarens uppdragshandling.", en: "Add {{id}} under replaces: in the successor's mandate." },
    },
    predecessorNotRepealed: {
      sv: "Uppdragshandlingen ersätter {{group}}, men uppdragshandlingen för {{group}} är inte upphävd.",
      en: "The mandate replaces {{group}}, but the mandate of {{group}} is not repealed.",
      note: {
        sv: "Sätt status: upphävd och repealed: { date: …, replacedBy: {{id}} } i den ersatta uppdragshandlingen.",
        en: "Set status: upphävd and repealed: { date: …, replacedBy: {{id}} } in the replaced mandate.",
      },
    },
    predecessorOtherSuccessor: {
      sv: "Uppdragshandlingen ersätter {{group}}, men {{group}} ersätts enligt sin uppdragshandling av {{other}}.",
      en: "The mandate replaces {{group}}, but according to its mandate {{group}} is replaced by {{other}}.",
      note: { sv: "Rätta replaces: här eller repealed.replacedBy: där.", en: "Correct replaces: here or repealed.replacedBy: there." },
    },
    predecessorNamesNone: {
      sv: "Uppdragshandlingen ersätter {{group}}, men upphävandet av {{group}} nämner ingen efterträdare.",
      en: "The mandate replaces {{group}}, but the repeal of {{group}} names no successor.",
      note: { sv: "Ange repealed.replacedBy: {{id}} i den ersatta uppdragshandlingen.", en: "Set repealed.replacedBy: {{id}} in the replaced mandate." },
    },
  },
  phrases: {
    successorHere: { sv: "efterträdarens uppdragshandling", en: "the successor's mandate" },
    predecessorHere: { sv: "den ersatta uppdragshandlingen", en: "the replaced mandate" },
  },
  check(ctx) {
    const mandates = ctx.ofType<Mandate>("uppdragshandling");
    const byGroup = new Map(mandates.map((m) => [m.data.group, m]));
    const name = (id: string) => ctx.registry.nameOf("group", id);
    for (const { doc, data } of mandates) {
      const successorId = data.repealed?.replacedBy;
      const successor = successorId ? byGroup.get(successorId) : undefined;
      if (successorId && successor && successorId !== data.group && !(successor.data.replaces ?? []).includes(data.group)) {
        ctx.report({
          doc,
          path: ["repealed", "replacedBy"],
          messageId: "successorSilent",
          data: { group: name(data.group), successor: name(successorId), id: data.group },
          related: [{ doc: successor.doc, path: successor.data.replaces ? ["replaces"] : [], key: Boolean(successor.data.replaces), phrase: "successorHere" }],
        });
      }
      (data.replaces ?? []).forEach((id, i) => {
        const predecessor = byGroup.get(id);
        if (!predecessor || id === data.group) return;
        const related = [{ doc: predecessor.doc, path: predecessor.data.repealed ? ["repealed"] : [], key: true, phrase: "predecessorHere" as const }];
        const about = { group: name(id), id: data.group };
        if (mandateStatus(predecessor.data) !== "upphävd" || !predecessor.data.repealed) {
          ctx.report({ doc, path: ["replaces", i], messageId: "predecessorNotRepealed", data: about, related });
        } else if (predecessor.data.repealed.replacedBy !== data.group) {
          const other = predecessor.data.repealed.replacedBy;
          if (other) ctx.report({ doc, path: ["replaces", i], messageId: "predecessorOtherSuccessor", data: { ...about, other: name(other) }, related });
          else ctx.report({ doc, path: ["replaces", i], messageId: "predecessorNamesNone", data: about, related });
        }
      });
    }
  },
});

export default rule;
