import { meetingNotes, placeIn, type LinkContext } from "../link/compat.js";
import { defineRule } from "../link/rule.js";

const rule = defineRule({
  id: "notes-references",
  severity: "error",
  stage: "link",
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
    for (const { file, data } of meetingNotes(ctx)) {
      const numbers = new Set(data.agenda.map((a) => a.number));
      (data.guests ?? []).forEach((guest, g) => {
        (guest.items ?? []).forEach((number, i) => {
          if (numbers.has(number)) return;
          const path = ["guests", g, "items", i];
          ctx.report(rule, {
            file: file.path,
            place: placeIn(file, path),
            path,
            messageId: "noSuchItem",
            data: { name: ctx.registry.nameOf("person", guest.person), number: String(number), numbers: [...numbers].join(", ") },
          });
        });
      });
      const present = new Set([...data.attendees.map((a) => a.person), ...(data.guests ?? []).map((g) => g.person)]);
      data.agenda.forEach((item, a) => {
        (item.responsible ?? []).forEach((person, r) => {
          if (present.has(person)) return;
          const path = ["agenda", a, "responsible", r];
          ctx.report(rule, {
            file: file.path,
            place: placeIn(file, path),
            path,
            messageId: "responsibleNotPresent",
            data: { name: ctx.registry.nameOf("person", person), number: String(item.number) },
          });
        });
      });
    }
  },
});

export default rule;
