import includeRule from "../../src/parse/rules/include.js";
import rule from "../../src/rules/standard-text-deviation.js";
import { replace } from "../helpers/project.js";
import { ruleTester } from "../helpers/rule-tester.js";

const MANDATE = "mandates/styrgrupp-alfa.md";
const SHARED = "mandates/standardtexter/gemensamt.md";
const TEXT = "Arbetet följs upp årligen i näraliggande verksamheter.\n\nRapporten går till ledningen.\n";
const INCLUDE = replace("Inga.", `<!-- mandat:include ${SHARED} -->`);
const deviation = (standard: string, text: string) =>
  (t: string) => INCLUDE(t).replace("decision:\n", `deviations:\n  - standard: ${standard}\n    text: ${text}\ndecision:\n`);

ruleTester(rule, {
  valid: [
    { name: "the base repository" },
    { name: "a document that includes the standard text as it is", files: { [SHARED]: TEXT, [MANDATE]: INCLUDE } },
  ],
  invalid: [
    {
      // As 002 and 004: one council spells "näralliggande", the standard text "näraliggande".
      name: "one word of the standard text said otherwise",
      files: { [SHARED]: TEXT, [MANDATE]: deviation("näraliggande verksamheter", "näralliggande verksamheter") },
      errors: [
        {
          messageId: "differs",
          file: MANDATE,
          at: "näralliggande verksamheter",
          severity: "warning",
          data: { standard: "näraliggande verksamheter", text: "näralliggande verksamheter" },
          message: 'Skiljer sig från standardtexten: "näraliggande verksamheter" står här som "näralliggande verksamheter".',
        },
      ],
    },
    {
      name: "a sentence replaced",
      files: { [SHARED]: TEXT, [MANDATE]: deviation("Rapporten går till ledningen.", "Rapporten går till styrgruppen.") },
      errors: [{ messageId: "differs", file: MANDATE, at: "Rapporten går till styrgruppen." }],
    },
  ],
});

ruleTester(includeRule, {
  valid: [{ name: "a deviation that names one place", files: { [SHARED]: TEXT, [MANDATE]: deviation("näraliggande", "näralliggande") } }],
  invalid: [
    {
      name: "a deviation for words the standard text does not have",
      files: { [SHARED]: TEXT, [MANDATE]: deviation("närliggande", "näralliggande") },
      errors: [
        {
          messageId: "deviationNotFound",
          file: MANDATE,
          at: "närliggande",
          message: `Avvikelsen gäller "närliggande", som inte står i någon gemensam text som ${MANDATE} inkluderar.`,
        },
      ],
    },
    {
      name: "a deviation for words the standard text has twice",
      files: { [SHARED]: "Ledningen beslutar.\n\nLedningen följer upp.\n", [MANDATE]: deviation("Ledningen", "Styrgruppen") },
      errors: [{ messageId: "deviationAmbiguous", file: MANDATE, at: "Ledningen", after: "standard:", data: { count: "2" } }],
    },
  ],
});
