import type { MeetingNotes } from "../doctypes/meeting-notes/data.generated.js";
import { defineRule } from "../link/rule.js";

/** Within meeting notes: guests' items are on the agenda, and whoever leads an item was there. */
const rule = defineRule({
  id: "notes-references",
  severity: "error",
  stage: "link",
  // Looks at one document at a time (and the registry), so its findings are cached per document.
  scope: "document",
  description: {
    sv: "I mötesanteckningar pekar gästernas punkter på dagordningen, och de ansvariga för en punkt finns bland deltagarna eller gästerna.",
    en: "In meeting notes the guests' items are on the agenda, and each item's responsible persons are among the attendees or guests.",
  },
  messages: {
    noSuchItem: {
      sv: "{{name}} deltar i punkt {{number}}, men dagordningen har ingen punkt {{number}}.",
      en: "{{name}} attends item {{number}}, but the agenda has no item {{number}}.",
      note: { sv: "Dagordningens punkter: {{numbers}}.", en: "The agenda's items: {{numbers}}." },
    },
    responsibleNotPresent: {
      sv: "{{name}} är ansvarig för punkt {{number}} men finns varken bland deltagarna eller gästerna.",
      en: "{{name}} is responsible for item {{number}} but is neither among the attendees nor the guests.",
      note: { sv: "Lägg till personen under attendees eller guests, eller rätta den ansvariga.", en: "Add the person under attendees or guests, or correct the responsible person." },
    },
  },
  check(ctx) {
    for (const { doc, data } of ctx.ofType<MeetingNotes>("motesanteckning")) {
      const numbers = new Set(data.agenda.map((a) => a.number));
      (data.guests ?? []).forEach((guest, g) => {
        (guest.items ?? []).forEach((number, i) => {
          if (numbers.has(number)) return;
          ctx.report({
            doc,
            path: ["guests", g, "items", i],
            messageId: "noSuchItem",
            data: { name: ctx.registry.nameOf("person", guest.person), number, numbers: [...numbers].join(", ") },
          });
        });
      });
      const present = new Set([...data.attendees.map((a) => a.person), ...(data.guests ?? []).map((g) => g.person)]);
      data.agenda.forEach((item, a) => {
        (item.responsible ?? []).forEach((person, r) => {
          if (present.has(person)) return;
          ctx.report({
            doc,
            path: ["agenda", a, "responsible", r],
            messageId: "responsibleNotPresent",
            data: { name: ctx.registry.nameOf("person", person), number: item.number },
          });
        });
      });
    }
  },
});

export default rule;
