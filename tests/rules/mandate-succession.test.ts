import rule from "../../src/rules/mandate-succession.js";
import { copyOf, edits, replace } from "../helpers/project.js";
import { ruleTester } from "../helpers/rule-tester.js";

const OLD = "mandates/styrgrupp-alfa.md";
const NEW = "mandates/arbetsgrupp-beta.md";
const repealedBy = (by?: string) =>
  edits(
    replace("type: uppdragshandling\n", "type: uppdragshandling\nstatus: upphävd\n"),
    replace("distribution:\n", `repealed:\n  date: 2026-09-01\n${by ? `  replacedBy: ${by}\n` : ""}distribution:\n`),
  );
/** The successor: a copy of the base mandate for arbetsgrupp-beta, listing what it replaces. */
const successor = (replaces?: string) =>
  copyOf(
    OLD,
    edits(
      replace("group: styrgrupp-alfa", "group: arbetsgrupp-beta"),
      replace("title: Uppdragshandling för styrgrupp alfa", "title: Uppdragshandling för arbetsgrupp beta"),
      replace("distribution:\n", `${replaces ? `replaces: [${replaces}]\n` : ""}distribution:\n`),
    ),
  );

ruleTester(rule, {
  valid: [
    { name: "no repeal at all" },
    { name: "repealed without a successor", files: { [OLD]: repealedBy() } },
    { name: "repealed, and the successor names it", files: { [OLD]: repealedBy("arbetsgrupp-beta"), [NEW]: successor("styrgrupp-alfa") } },
    { name: "the successor's mandate is not in the run", files: { [OLD]: repealedBy("ledningsgruppen") } },
  ],
  invalid: [
    {
      name: "the successor does not name what it replaces",
      files: { [OLD]: repealedBy("arbetsgrupp-beta"), [NEW]: successor() },
      errors: [
        {
          messageId: "successorSilent",
          file: OLD,
          at: "arbetsgrupp-beta",
          after: "replacedBy: ",
          message: "Styrgrupp alfa ersätts av Arbetsgrupp beta, men uppdragshandlingen för Arbetsgrupp beta nämner inte Styrgrupp alfa under replaces.",
          note: "Lägg till styrgrupp-alfa under replaces: i efterträdarens uppdragshandling.",
          related: [{ file: NEW, line: 2, column: 1, message: "efterträdarens uppdragshandling" }],
        },
      ],
    },
    {
      name: "a mandate replaces one that is still in force",
      files: { [NEW]: successor("styrgrupp-alfa") },
      errors: [
        {
          messageId: "predecessorNotRepealed",
          file: NEW,
          at: "styrgrupp-alfa",
          after: "replaces: [",
          message: "Uppdragshandlingen ersätter Styrgrupp alfa, men uppdragshandlingen för Styrgrupp alfa är inte upphävd.",
        },
      ],
    },
    {
      name: "the replaced mandate names another successor",
      files: { [OLD]: repealedBy("ledningsgruppen"), [NEW]: successor("styrgrupp-alfa") },
      errors: [{ messageId: "predecessorOtherSuccessor", file: NEW, at: "styrgrupp-alfa", after: "replaces: [", data: { group: "Styrgrupp alfa", other: "Ledningsgruppen" } }],
    },
    {
      name: "the replaced mandate names no successor",
      files: { [OLD]: repealedBy(), [NEW]: successor("styrgrupp-alfa") },
      errors: [{ messageId: "predecessorNamesNone", file: NEW, at: "styrgrupp-alfa", after: "replaces: [", related: [{ file: OLD, at: "repealed" }] }],
    },
  ],
});
