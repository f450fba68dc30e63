import rule from "../../src/rules/notes-references.js";
import { replace } from "../helpers/project.js";
import { ruleTester } from "../helpers/rule-tester.js";

const NOTES = "mandates/motesanteckningar/2026-02-01-styrgrupp-alfa.md";
const GUESTS = "guests:\n  - { person: rut-regin, items: [2] }\n";

ruleTester(rule, {
  valid: [
    { name: "the base notes" },
    { name: "an attendee who was absent may still be responsible", files: { [NOTES]: replace("responsible: [ulla-utveckling]", "responsible: [berit-beta]") } },
    { name: "items without responsible persons", files: { [NOTES]: replace("    responsible: [rut-regin]\n", "") } },
  ],
  invalid: [
    {
      name: "a guest listed for an item that is not on the agenda",
      files: { [NOTES]: replace("items: [2]", "items: [2, 12]") },
      errors: [
        {
          messageId: "noSuchItem",
          file: NOTES,
          at: "12",
          after: "rut-regin",
          severity: "error",
          data: { name: "Rut Regin", number: "12", numbers: "1, 2" },
          message: "Rut Regin deltar i punkt 12, men dagordningen har ingen punkt 12.",
          note: "Dagordningens punkter: 1, 2.",
        },
      ],
    },
    {
      name: "a responsible person who neither attended nor was a guest",
      files: { [NOTES]: replace(GUESTS, "") },
      errors: [
        {
          messageId: "responsibleNotPresent",
          file: NOTES,
          at: "rut-regin",
          after: "responsible: [",
          data: { name: "Rut Regin", number: "2" },
          message: "Rut Regin är ansvarig för punkt 2 men finns varken bland deltagarna eller gästerna.",
          note: "Lägg till personen under attendees eller guests, eller rätta den ansvariga.",
        },
      ],
    },
    {
      name: "each missing person of an item is reported at its place (in English)",
      lang: "en",
      files: { [NOTES]: (t) => replace(GUESTS, "")(t).replace("responsible: [ulla-utveckling]", "responsible: [ulla-utveckling, rut-regin]") },
      errors: [
        { messageId: "responsibleNotPresent", file: NOTES, at: "rut-regin", after: "ulla-utveckling, ", data: { number: "1" }, message: "Rut Regin is responsible for item 1 but is neither among the attendees nor the guests." },
        { messageId: "responsibleNotPresent", file: NOTES, at: "rut-regin", after: "    title: Lägesrapport", data: { number: "2" } },
      ],
    },
  ],
});
