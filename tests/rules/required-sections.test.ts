import rule from "../../src/rules/required-sections.js";
import { edits, replace } from "../helpers/project.js";
import { ruleTester } from "../helpers/rule-tester.js";

const MANDATE = "mandates/styrgrupp-alfa.md";
const SHARED = "mandates/standardtexter/beslutsordning.md";
const ORDER = "Syfte med uppdraget → Uppdragsbeskrivning → Samband och gränsdragning … → Kommunikation → Beslutsordning";

/** The mandate with its "## Syfte med uppdraget" section moved to the end of the body. */
const purposeLast = (text: string) => {
  const purpose = text.slice(text.indexOf("## Syfte med uppdraget"), text.indexOf("## Uppdragsbeskrivning"));
  return `${text.replace(purpose, "")}\n\n${purpose}`;
};

/** The Beslutsordning section, from a shared text the mandate includes. */
const decisionsShared = (text: string) => `${text.slice(0, text.indexOf("## Beslutsordning"))}<!-- mandat:include ${SHARED} -->\n`;
const DECISIONS = "## Beslutsordning\n\n### Rapportering\n\nGruppen rapporterar.\n\n### Beslutsfattande\n\nOrdföranden fattar beslut.\n";

ruleTester(rule, {
  // The schema case asserts that the schema error and this rule's diagnostic both come.
  alsoRules: ["schema"],
  valid: [
    { name: "the base repository (the meeting notes' type declares no sections)" },
    {
      name: "the Samband heading with another tail",
      files: { [MANDATE]: replace("## Samband och gränsdragning till andra uppdrag", "## Samband och gränsdragning till koncernövergripande grupper") },
    },
    { name: "more headings than the template's", files: { [MANDATE]: replace("## Kommunikation\n", "## Bakgrund\n\nText.\n\n## Kommunikation\n") } },
    { name: "template headings from an included shared text", files: { [MANDATE]: decisionsShared, [SHARED]: DECISIONS } },
  ],
  invalid: [
    {
      name: "a misspelt heading: points at it and suggests the template's spelling",
      files: { [MANDATE]: replace("## Kommunikation", "## Kommunikatoin") },
      errors: [
        {
          messageId: "missingSuggest",
          file: MANDATE,
          at: "## Kommunikatoin",
          data: { heading: "Kommunikation" },
          message: 'Rubriken "Kommunikation" saknas; "Kommunikatoin" liknar den. Menade du Kommunikation?',
          note: "Mallens rubriker skrivs exakt så, för att registret och PDF:en ska hitta dem.",
          expected: ["Kommunikation"],
        },
      ],
    },
    {
      name: "a misspelt heading, in English",
      lang: "en",
      files: { [MANDATE]: replace("## Kommunikation", "## Kommunikatoin") },
      errors: [{ messageId: "missingSuggest", file: MANDATE, at: "## Kommunikatoin", message: 'The heading "Kommunikation" is missing; "Kommunikatoin" looks like it. Did you mean Kommunikation?' }],
    },
    {
      name: "a missing sub-heading of Beslutsordning is reported at Beslutsordning",
      files: { [MANDATE]: replace("### Rapportering\n", "") },
      errors: [
        {
          messageId: "missing",
          file: MANDATE,
          at: "## Beslutsordning",
          data: { heading: "Rapportering", markup: "###", where: "under ## Beslutsordning" },
          message: 'Rubriken "Rapportering" saknas.',
          note: "Lägg till ### Rapportering under ## Beslutsordning.",
        },
      ],
    },
    {
      name: "a missing h2 with nothing like it is reported at the start of the body",
      files: { [MANDATE]: replace("## Kommunikation\n", "") },
      errors: [
        {
          messageId: "missing",
          file: MANDATE,
          at: "## Syfte med uppdraget",
          startOnly: true,
          data: { heading: "Kommunikation", markup: "##", where: "i brödtexten" },
          message: 'Rubriken "Kommunikation" saknas.',
          note: "Lägg till ## Kommunikation i brödtexten.",
        },
      ],
    },
    {
      name: "a missing h2, in English",
      lang: "en",
      files: { [MANDATE]: replace("## Kommunikation\n", "") },
      errors: [{ messageId: "missing", file: MANDATE, at: "## Syfte med uppdraget", startOnly: true, message: 'The heading "Kommunikation" is missing.', note: "Add ## Kommunikation to the body." }],
    },
    {
      name: "Beslutsordning missing: both it and its sub-headings are reported",
      files: { [MANDATE]: replace("## Beslutsordning\n", "") },
      errors: [
        { messageId: "missing", file: MANDATE, at: "## Syfte med uppdraget", startOnly: true, data: { heading: "Beslutsordning" } },
        { messageId: "missing", file: MANDATE, at: "## Syfte med uppdraget", startOnly: true, data: { heading: "Rapportering" } },
        { messageId: "missing", file: MANDATE, at: "## Syfte med uppdraget", startOnly: true, data: { heading: "Beslutsfattande" } },
      ],
    },
    {
      name: "sections out of the template's order",
      files: { [MANDATE]: purposeLast },
      errors: [
        {
          messageId: "order",
          file: MANDATE,
          at: "## Uppdragsbeskrivning",
          data: { heading: "Uppdragsbeskrivning", previous: "Syfte med uppdraget", order: ORDER },
          message: "Rubriken Uppdragsbeskrivning står före Syfte med uppdraget, men mallen har den efter.",
          note: `Flytta avsnittet så att ordningen blir ${ORDER}.`,
        },
      ],
    },
    {
      name: "the body is checked even when the frontmatter has schema errors",
      files: { [MANDATE]: edits(replace("\nchair:", "\nchiar:"), replace("## Syfte med uppdraget\n", "")) },
      errors: [
        { messageId: "additionalProperties", file: MANDATE, at: "chiar" },
        { messageId: "missing", file: MANDATE, at: "Styrgruppen samordnar", startOnly: true, data: { heading: "Syfte med uppdraget" } },
      ],
    },
    {
      name: "a misspelt heading in an included shared text is reported in the shared text",
      files: { [MANDATE]: decisionsShared, [SHARED]: replace("### Rapportering", "### Rapporteringen")(DECISIONS) },
      errors: [{ messageId: "missingSuggest", file: SHARED, at: "### Rapporteringen", data: { heading: "Rapportering" }, expected: ["Rapportering"] }],
    },
    {
      name: "a body whose shared text cannot be included is not checked (the include error says it)",
      files: { [MANDATE]: decisionsShared },
      errors: [],
    },
  ],
});
