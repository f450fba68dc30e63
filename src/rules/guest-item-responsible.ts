import type { MeetingNotes } from "../doctypes/meeting-notes/data.generated.js";
import { fill } from "../diagnostics/messages.js";
import { defineRule } from "../link/rule.js";

/** A guest who leads an agenda item is listed for it (an off-by-one in the original is the usual cause). */
const rule = defineRule({
  id: "guest-item-responsible",
  severity: "warning",
  stage: "link",
  // Looks at one document at a time (and the registry), so its findings are cached per document.
  scope: "document",
  description: {
    sv: "En gäst som är ansvarig för en dagordningspunkt anges för den punkten.",
    en: "A guest who is responsible for an agenda item is listed for that item.",
  },
  messages: {
    otherItem: {
      sv: "{{name}} anges för punkt {{listed}} men är ansvarig för punkt {{responsible}}.",
      en: "{{name}} is listed for item {{listed}} but is responsible for item {{responsible}}.",
      note: { sv: "Rätta punktnumret under guests.", en: "Correct the item number under guests." },
    },
  },
  phrases: {
    item: { sv: "punkt {{number}}", en: "item {{number}}" },
  },
  check(ctx) {
    for (const { doc, data } of ctx.ofType<MeetingNotes>("motesanteckning")) {
      (data.guests ?? []).forEach((guest, g) => {
        const responsibleFor = data.agenda.filter((a) => a.responsible?.includes(guest.person)).map((a) => a.number);
        const items = guest.items ?? [];
        // Only when the guest leads some item and none of the items they are listed for.
        if (responsibleFor.length === 0 || items.some((n) => responsibleFor.includes(n))) return;
        items.forEach((listed, i) => {
          ctx.report({
            doc,
            path: ["guests", g, "items", i],
            messageId: "otherItem",
            data: { name: ctx.registry.nameOf("person", guest.person), listed, responsible: responsibleFor.join(", ") },
            expected: responsibleFor.map((number) => fill(ctx.phrase("item"), { number })),
          });
        });
      });
    }
  },
});

export default rule;
