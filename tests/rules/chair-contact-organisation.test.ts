import rule from "../../src/rules/chair-contact-organisation.js";
import { replace } from "../helpers/project.js";
import { ruleTester } from "../helpers/rule-tester.js";

const MANDATE = "mandates/styrgrupp-alfa.md";
const GROUPS = "mandates/registry/groups.yaml";

/** styrgrupp-alfa becomes a samordningsråd. */
const council = { [GROUPS]: replace("kind: koncernövergripande grupp", "kind: samordningsråd") };
/** The mandate's chair (ulla-utveckling, koncernkontoret, by default) and a contact person, as YAML lines. */
const parties = (contact: string, chair = "  person: ulla-utveckling\n  role: utvecklingsdirektor\n") =>
  replace("chair:\n  person: ulla-utveckling\n  role: utvecklingsdirektor\n", `chair:\n${chair}contactPerson:\n${contact}`);

ruleTester(rule, {
  valid: [
    { name: "a council without a contact person", files: council },
    { name: "a council with chair and contact from different organisations", files: { ...council, [MANDATE]: parties("  person: sam-samordnare\n") } },
    {
      name: "a council whose chair and contact are groups (no organisation to compare)",
      files: { ...council, [MANDATE]: parties("  group: ledningsgruppen\n", "  group: ledningsgruppen\n") },
    },
    { name: "a council whose chair's organisation is unknown", files: { ...council, [MANDATE]: parties("  person: rut-regin\n", "  role: regiondirektor\n") } },
    { name: "a group that is not a samordningsråd, with chair and contact from one organisation", files: { [MANDATE]: parties("  person: rut-regin\n") } },
  ],
  invalid: [
    {
      name: "a council whose chair and contact person share an organisation",
      files: { ...council, [MANDATE]: parties("  person: rut-regin\n") },
      errors: [
        {
          messageId: "sameOrganisation",
          file: MANDATE,
          at: "contactPerson",
          data: { organisation: "Koncernkontoret" },
          message: "Ordförande och kontaktperson kommer båda från Koncernkontoret.",
          note: "I ett samordningsråd ska kontaktpersonen komma från en annan organisation än ordföranden.",
          related: [{ file: MANDATE, at: "chair:", message: "ordföranden" }],
        },
      ],
    },
    {
      name: "the organisation of a contact given by role, or named outright",
      files: { ...council, [MANDATE]: parties("  role: utvecklingsdirektor\n", "  person: sam-samordnare\n  organisation: koncernkontoret\n") },
      errors: [{ messageId: "sameOrganisation", file: MANDATE, at: "contactPerson", data: { organisation: "Koncernkontoret" } }],
    },
    {
      name: "in English",
      lang: "en",
      files: { ...council, [MANDATE]: parties("  person: rut-regin\n") },
      errors: [{ messageId: "sameOrganisation", file: MANDATE, at: "contactPerson", message: "The chair and the contact person both come from Koncernkontoret.", related: [{ file: MANDATE, message: "the chair" }] }],
    },
  ],
});
