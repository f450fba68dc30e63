import { meetingNotes, placeIn, type LinkContext } from "../link/compat.js";
import { defineRule } from "../link/rule.js";

const rule = defineRule({
  id: "guest-item-responsible",
  severity: "warning",
  stage: "link",
  description: {
    sv: "En gäst som är ansvarig för en dagordningspunkt anges för den punkten.",
    en: "A guest who is responsible for an agenda item is listed for that item.",
  },
  messages: {
    otherItem: {
      sv: "{{name}} anges för punkt {{listed}} men är ansvarig för punkt {{responsible}}. Menade du punkt {{responsible}}?",
      en: "{{name}} is listed for item {{listed}} but is responsible for item {{responsible}}. Did you mean item {{responsible}}?",
      note: { sv: "Rätta punktnumret under guests.", en: "Correct the item number under guests." },
    },
  },
  check(ctx) {
    for (const { file, data } of meetingNotes(ctx)) {
      (data.guests ?? []).forEach((guest, g) => {
        const responsibleFor = data.agenda.filter((a) => a.responsible?.includes(guest.person)).map((a) => a.number);
        const items = guest.items ?? [];
        // Only when the guest leads some item and none of the items they are listed for.
        if (responsibleFor.length === 0 || items.some((n) => responsibleFor.includes(n))) return;
        items.forEach((listed, i) => {
          const path = ["guests", g, "items", i];
          ctx.report(rule, {
            file: file.path,
            place: placeIn(file, path),
            path,
            messageId: "otherItem",
            data: { name: ctx.registry.nameOf("person", guest.person), listed: String(listed), responsible: responsibleFor.join(", ") },
            expected: responsibleFor.map(String),
          });
        });
      });
    }
  },
});

export default rule;
