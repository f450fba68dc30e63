import rule from "../../src/rules/reporting-cycle.js";
import { copyOf, edits, replace } from "../helpers/project.js";
import { ruleTester } from "../helpers/rule-tester.js";

const ALFA = "mandates/styrgrupp-alfa.md";
const BETA = "mandates/arbetsgrupp-beta.md";
const LEDNING = "mandates/ledningsgruppen.md";

/** Replace the base mandate's only reportsTo entry (a group: ledningsgruppen). */
const reportsTo = (entries: string) => replace("reportsTo:\n  - group: ledningsgruppen\n", `reportsTo:\n${entries}`);

/** A mandate for another group, made from the base mandate. */
const mandateOf = (group: string, entries: string) => copyOf(ALFA, edits(replace("group: styrgrupp-alfa", `group: ${group}`), reportsTo(entries)));

ruleTester(rule, {
  valid: [
    { name: "the base repository (reports to a group without a mandate)" },
    { name: "a chain that ends outside the mandates", files: { [BETA]: mandateOf("arbetsgrupp-beta", "  - group: styrgrupp-alfa\n") } },
    { name: "two groups that report to one third", files: { [BETA]: mandateOf("arbetsgrupp-beta", "  - group: ledningsgruppen\n"), [LEDNING]: mandateOf("ledningsgruppen", "  - role: regiondirektor\n") } },
  ],
  invalid: [
    {
      name: "a group that reports to itself",
      files: { [ALFA]: reportsTo("  - group: styrgrupp-alfa\n") },
      errors: [
        {
          messageId: "cycle",
          file: ALFA,
          at: "styrgrupp-alfa",
          after: "reportsTo:",
          severity: "error",
          data: { chain: "Styrgrupp alfa → Styrgrupp alfa" },
          message: "Rapporteringen går i cirkel: Styrgrupp alfa → Styrgrupp alfa.",
          note: "En av grupperna ska rapportera till en grupp utanför cirkeln; rätta reportsTo i någon av uppdragshandlingarna.",
        },
      ],
    },
    {
      name: "two groups that report to each other, reported once in the first file",
      files: { [ALFA]: reportsTo("  - group: arbetsgrupp-beta\n"), [BETA]: mandateOf("arbetsgrupp-beta", "  - role: samordnare\n  - group: styrgrupp-alfa\n") },
      errors: [
        {
          messageId: "cycle",
          file: BETA,
          at: "styrgrupp-alfa",
          after: "- group: ",
          message: "Rapporteringen går i cirkel: Arbetsgrupp beta → Styrgrupp alfa → Arbetsgrupp beta.",
          related: [{ file: ALFA, line: 27, column: 12, message: "nästa steg i cirkeln" }],
        },
      ],
    },
    {
      name: "three groups in a circle",
      files: {
        [BETA]: mandateOf("arbetsgrupp-beta", "  - group: styrgrupp-alfa\n  - role: samordnare\n"),
        [LEDNING]: mandateOf("ledningsgruppen", "  - group: arbetsgrupp-beta\n"),
      },
      errors: [
        {
          messageId: "cycle",
          file: BETA,
          line: 27,
          column: 12,
          endLine: 27,
          endColumn: 26,
          data: { chain: "Arbetsgrupp beta → Styrgrupp alfa → Ledningsgruppen → Arbetsgrupp beta" },
          related: [
            { file: ALFA, line: 27, column: 12, message: "nästa steg i cirkeln" },
            { file: LEDNING, line: 27, column: 12, message: "nästa steg i cirkeln" },
          ],
        },
      ],
    },
    {
      name: "a group that reports into a circle is not part of it",
      files: { [BETA]: mandateOf("arbetsgrupp-beta", "  - group: styrgrupp-alfa\n"), [LEDNING]: mandateOf("ledningsgruppen", "  - group: styrgrupp-alfa\n") },
      errors: [
        {
          messageId: "cycle",
          file: LEDNING,
          at: "styrgrupp-alfa",
          after: "reportsTo:",
          data: { chain: "Styrgrupp alfa → Ledningsgruppen → Styrgrupp alfa" },
          related: [{ file: ALFA, line: 27, column: 12, message: "nästa steg i cirkeln" }],
        },
      ],
    },
    {
      name: "in English",
      lang: "en",
      files: { [ALFA]: reportsTo("  - group: styrgrupp-alfa\n") },
      errors: [
        {
          messageId: "cycle",
          file: ALFA,
          at: "styrgrupp-alfa",
          after: "reportsTo:",
          message: "Reporting goes round in a circle: Styrgrupp alfa → Styrgrupp alfa.",
          note: "One of the groups must report outside the circle; correct reportsTo in one of the mandates.",
        },
      ],
    },
  ],
});
