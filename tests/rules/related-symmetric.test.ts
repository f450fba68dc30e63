import rule from "../../src/rules/related-symmetric.js";
import { copyOf, edits, replace } from "../helpers/project.js";
import { ruleTester } from "../helpers/rule-tester.js";

const ALFA = "mandates/styrgrupp-alfa.md";
const BETA = "mandates/arbetsgrupp-beta.md";

/** Give a mandate a related list just before reportsTo. */
const related = (...ids: string[]) => replace("reportsTo:\n", `related:\n${ids.map((id) => `  - ${id}\n`).join("")}reportsTo:\n`);

/** A mandate for arbetsgrupp-beta, made from the base mandate (group on line 4). */
const beta = (...more: ((text: string) => string)[]) =>
  copyOf(ALFA, edits(replace("title: Uppdragshandling för styrgrupp alfa", "title: Uppdragshandling för arbetsgrupp beta"), replace("group: styrgrupp-alfa", "group: arbetsgrupp-beta"), ...more));

ruleTester(rule, {
  valid: [
    { name: "the base repository (no relations)" },
    { name: "related groups without a mandate here", files: { [ALFA]: related("ledningsgruppen", "arbetsgrupp-beta") } },
    { name: "two mandates that name each other", files: { [ALFA]: related("arbetsgrupp-beta"), [BETA]: beta(related("styrgrupp-alfa")) } },
    { name: "a mandate that names its own group", files: { [ALFA]: related("styrgrupp-alfa") } },
  ],
  invalid: [
    {
      name: "a one-sided relation, the other mandate without related: points at its group",
      files: { [ALFA]: related("arbetsgrupp-beta"), [BETA]: beta() },
      errors: [
        {
          messageId: "oneSided",
          file: ALFA,
          at: "arbetsgrupp-beta",
          after: "related:",
          severity: "warning",
          data: { group: "Styrgrupp alfa", other: "Arbetsgrupp beta", id: "styrgrupp-alfa", otherFile: BETA },
          message: "Styrgrupp alfa anger samband med Arbetsgrupp beta, men uppdragshandlingen för Arbetsgrupp beta nämner inte Styrgrupp alfa.",
          note: "Lägg till styrgrupp-alfa under related i mandates/arbetsgrupp-beta.md, eller ta bort sambandet.",
          related: [{ file: BETA, line: 4, column: 8, message: "uppdragshandlingen som saknar sambandet" }],
        },
      ],
    },
    {
      name: "a one-sided relation, the other mandate with other relations: points at its related",
      files: { [ALFA]: related("ledningsgruppen", "arbetsgrupp-beta"), [BETA]: beta(related("ledningsgruppen")) },
      errors: [
        {
          messageId: "oneSided",
          file: ALFA,
          at: "arbetsgrupp-beta",
          after: "- ledningsgruppen",
          related: [{ file: BETA, at: "related:", message: "uppdragshandlingen som saknar sambandet" }],
        },
      ],
    },
    {
      name: "a third mandate naming one of a pair that names only each other",
      files: { [ALFA]: related("arbetsgrupp-beta"), [BETA]: beta(related("styrgrupp-alfa")), "mandates/ledningsgruppen.md": copyOf(ALFA, edits(replace("group: styrgrupp-alfa", "group: ledningsgruppen"), related("arbetsgrupp-beta"))) },
      errors: [
        {
          messageId: "oneSided",
          file: "mandates/ledningsgruppen.md",
          at: "arbetsgrupp-beta",
          after: "related:",
          data: { group: "Ledningsgruppen", other: "Arbetsgrupp beta" },
          related: [{ file: BETA, at: "related:" }],
        },
      ],
    },
    {
      name: "in English",
      lang: "en",
      files: { [ALFA]: related("arbetsgrupp-beta"), [BETA]: beta() },
      errors: [
        {
          messageId: "oneSided",
          file: ALFA,
          at: "arbetsgrupp-beta",
          after: "related:",
          message: "Styrgrupp alfa names Arbetsgrupp beta as related, but the mandate of Arbetsgrupp beta does not name Styrgrupp alfa.",
          note: "Add styrgrupp-alfa under related in mandates/arbetsgrupp-beta.md, or remove the relation.",
          related: [{ file: BETA, line: 4, column: 8, message: "the mandate without the relation" }],
        },
      ],
    },
  ],
});
