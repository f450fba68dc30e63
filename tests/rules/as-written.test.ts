import rule from "../../src/rules/as-written.js";
import { edits, replace } from "../helpers/project.js";
import { ruleTester } from "../helpers/rule-tester.js";

const MANDATE = "mandates/styrgrupp-alfa.md";
const NOTES = "mandates/motesanteckningar/2026-02-01-styrgrupp-alfa.md";
const SAM = "  - { person: sam-samordnare, organisation: alfasjukhuset }";
const worded = (wording: string) => replace(SAM, `  - { person: sam-samordnare, organisation: alfasjukhuset, asWritten: { organisation: ${wording} } }`);

ruleTester(rule, {
  valid: [
    { name: "the base repository (no wordings)" },
    { name: "an organisation written as in the registry, in other case", files: { [NOTES]: worded("ALFASJUKHUSET") } },
    { name: "an organisation in its definite form", files: { [NOTES]: worded("Alfasjukhusets") } },
    {
      name: "a diarienummer with an en dash that normalises to the value (diarienummer-format reports the form)",
      files: { [MANDATE]: replace("diarienummer: RS 2026-00001\n", "diarienummer: RS 2026-00001\nasWritten: { diarienummer: RS 2026–00001 }\n") },
    },
    {
      name: "a decision date with the template's hint after it (placeholder-text reports the hint)",
      files: { [MANDATE]: replace("  date: 2026-01-20\n", "  date: 2026-01-20\n  asWritten: { date: 2026-01-20 (ifylls av beslutsfattaren) }\n") },
    },
    { name: "a time without its leading zero", files: { [NOTES]: replace("date: 2026-02-01\n", 'date: 2026-02-01\nstart: "09:00"\nasWritten: { start: "9:00" }\n') } },
    {
      name: "a short form of a person in a list of responsible people, by id",
      files: { [NOTES]: replace("    responsible: [rut-regin]", "    responsible: [rut-regin]\n    asWritten: { responsible: { rut-regin: Rut Regin } }") },
    },
    {
      // As the meeting notes' "Ansvarig: Susanne G".
      name: "a person's short form (first name and initial) in a list of responsible people",
      files: { [NOTES]: replace("    responsible: [rut-regin]", "    responsible: [rut-regin]\n    asWritten: { responsible: { rut-regin: Rut R } }") },
    },
  ],
  invalid: [
    {
      // As in the meeting notes of 2026-02-19: "Rehabilitering & Hälsa" for Habilitering & Hälsa.
      name: "an organisation the original names otherwise",
      files: { [NOTES]: worded("Alfakliniken") },
      errors: [
        {
          messageId: "name",
          file: NOTES,
          at: "Alfakliniken",
          severity: "warning",
          data: { actual: "Alfakliniken", kind: "organisationen", id: "alfasjukhuset", names: "Alfasjukhuset" },
          message: 'Originalet skriver "Alfakliniken" för organisationen alfasjukhuset, som i registret heter Alfasjukhuset.',
          note: "Är id:t fel, rätta det. Är det originalet som har fel, låt formuleringen stå och kvittera den på raden före med # mandat-disable-next-line as-written -- skäl.",
        },
      ],
    },
    {
      name: "a person's wording in a party that names someone else",
      files: { [MANDATE]: replace("  person: rut-regin\n  role: regiondirektor\nchair:", "  person: rut-regin\n  role: regiondirektor\n  asWritten: { person: Ulla Utveckling }\nchair:") },
      errors: [{ messageId: "name", file: MANDATE, at: "Ulla Utveckling", data: { kind: "personen", id: "rut-regin", names: "Rut Regin" } }],
    },
    {
      name: "a diarienummer wording that is another number",
      files: { [MANDATE]: replace("diarienummer: RS 2026-00001\n", "diarienummer: RS 2026-00001\nasWritten: { diarienummer: RS 2026-00002 }\n") },
      errors: [
        {
          messageId: "value",
          file: MANDATE,
          at: "RS 2026-00002",
          message: 'Originalet skriver "RS 2026-00002" för diarienummer, men värdet är RS 2026-00001.',
        },
      ],
    },
    {
      name: "a wording for a field that is not there",
      files: { [NOTES]: replace(SAM, "  - { person: sam-samordnare, organisation: alfasjukhuset, asWritten: { role: Samordnare } }") },
      errors: [{ messageId: "noField", file: NOTES, at: "role", data: { field: "role", fields: "person, organisation" } }],
    },
    {
      name: "a wording for an id that is not in the list, and one that names someone else",
      files: {
        [NOTES]: edits(
          replace("    responsible: [rut-regin]", "    responsible: [rut-regin]\n    asWritten: { responsible: { berit-beta: Berit B, rut-regin: Sam S } }"),
        ),
      },
      errors: [
        { messageId: "notInList", file: NOTES, at: "berit-beta", after: "asWritten", data: { field: "responsible", id: "berit-beta" } },
        { messageId: "name", file: NOTES, at: "Sam S", data: { actual: "Sam S", kind: "personen", id: "rut-regin", names: "Rut Regin" } },
      ],
    },
    {
      name: "English with lang en",
      lang: "en",
      files: { [NOTES]: worded("Alfakliniken") },
      errors: [{ messageId: "name", file: NOTES, at: "Alfakliniken", message: 'The original writes "Alfakliniken" for the organisation alfasjukhuset, which the registry calls Alfasjukhuset.' }],
    },
  ],
});
