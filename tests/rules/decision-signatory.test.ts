import rule from "../../src/rules/decision-signatory.js";
import { edits, replace } from "../helpers/project.js";
import { ruleTester } from "../helpers/rule-tester.js";

const MANDATE = "mandates/styrgrupp-alfa.md";
const DECIDED_BY = "  decidedBy:\n    person: rut-regin\n    role: regiondirektor\n";

/** The decision taken by `party` (YAML lines under decidedBy), with more decision lines after it. */
const decidedBy = (party: string, more = "") => replace(DECIDED_BY, `  decidedBy:\n${party}${more}`);
const BY_ULLA = "    person: ulla-utveckling\n    role: utvecklingsdirektor\n";

ruleTester(rule, {
  valid: [
    { name: "signed by the commissioner (the base mandate)" },
    { name: "signed by someone else with a recorded delegation", files: { [MANDATE]: decidedBy(BY_ULLA, "  delegation: RS 2020-00001\n") } },
    { name: "signed by the commissioner's person, without the role", files: { [MANDATE]: decidedBy("    person: rut-regin\n") } },
    { name: "signed by the commissioner's role, without the person", files: { [MANDATE]: decidedBy("    role: regiondirektor\n") } },
    {
      name: "signed by a person who holds the commissioner's role",
      files: { [MANDATE]: edits(replace("commissioner:\n  person: rut-regin\n", "commissioner:\n"), decidedBy("    person: rut-regin\n")) },
    },
  ],
  invalid: [
    {
      name: "signed by someone else without delegation",
      files: { [MANDATE]: decidedBy(BY_ULLA) },
      errors: [
        {
          messageId: "notCommissioner",
          file: MANDATE,
          at: "decidedBy",
          severity: "warning",
          data: { decidedBy: "Ulla Utveckling (utvecklingsdirektör)", commissioner: "Rut Regin (regiondirektör)" },
          message: "Beslutet är fattat av Ulla Utveckling (utvecklingsdirektör), men uppdragsgivaren är Rut Regin (regiondirektör) och ingen delegation är angiven.",
          note: "Ange delegationen i decision.delegation (till exempel beslutets diarienummer), eller rätta beslutsfattaren.",
          related: [{ file: MANDATE, at: "commissioner:", message: "uppdragsgivaren" }],
        },
      ],
    },
    {
      name: "signed by another role than the commissioner's",
      files: { [MANDATE]: decidedBy("    role: samordnare\n") },
      errors: [{ messageId: "notCommissioner", file: MANDATE, at: "decidedBy", data: { decidedBy: "samordnare" } }],
    },
    {
      name: "in English",
      lang: "en",
      files: { [MANDATE]: decidedBy(BY_ULLA) },
      errors: [
        {
          messageId: "notCommissioner",
          file: MANDATE,
          at: "decidedBy",
          message: "The decision is taken by Ulla Utveckling (utvecklingsdirektör), but the commissioner is Rut Regin (regiondirektör) and no delegation is recorded.",
          related: [{ file: MANDATE, message: "the commissioner" }],
        },
      ],
    },
  ],
});
