import rule from "../../src/rules/guest-item-responsible.js";
import { edits, replace } from "../helpers/project.js";
import { ruleTester } from "../helpers/rule-tester.js";

const NOTES = "mandates/motesanteckningar/2026-02-01-styrgrupp-alfa.md";
const GUEST = "  - { person: rut-regin, items: [2] }";
/** A third agenda item, led by `who`. */
const third = (who: string) => replace("approvedBy:", `  - number: 3\n    title: Övrigt\n    responsible: [${who}]\napprovedBy:`);

ruleTester(rule, {
  valid: [
    { name: "the base notes: a guest listed for the item they lead" },
    { name: "a guest listed for the item they lead and another", files: { [NOTES]: replace(GUEST, "  - { person: rut-regin, items: [1, 2] }") } },
    {
      name: "a guest who leads no item may be listed for any",
      files: { [NOTES]: edits(replace(GUEST, "  - { person: rut-regin, items: [1] }"), replace("responsible: [rut-regin]", "responsible: [ulla-utveckling]")) },
    },
    { name: "a guest without items", files: { [NOTES]: replace(GUEST, "  - { person: rut-regin }") } },
  ],
  invalid: [
    {
      name: "a guest listed for the item before the one they lead",
      files: { [NOTES]: replace(GUEST, "  - { person: rut-regin, items: [1] }") },
      errors: [
        {
          messageId: "otherItem",
          file: NOTES,
          at: "1",
          after: "rut-regin, items: [",
          severity: "warning",
          data: { name: "Rut Regin", listed: "1", responsible: "2" },
          expected: ["punkt 2"],
          message: "Rut Regin anges för punkt 1 men är ansvarig för punkt 2. Menade du punkt 2?",
          note: "Rätta punktnumret under guests.",
        },
      ],
    },
    {
      name: "a guest who leads two items, listed for neither",
      files: { [NOTES]: edits(replace(GUEST, "  - { person: rut-regin, items: [1] }"), third("rut-regin")) },
      errors: [
        {
          messageId: "otherItem",
          file: NOTES,
          at: "1",
          after: "rut-regin, items: [",
          data: { responsible: "2, 3" },
          expected: ["punkt 2", "punkt 3"],
          message: "Rut Regin anges för punkt 1 men är ansvarig för punkt 2, 3. Menade du punkt 2 eller punkt 3?",
        },
      ],
    },
    {
      name: "each item of a guest listed only for items others lead is reported (in English)",
      lang: "en",
      files: { [NOTES]: edits(replace(GUEST, "  - { person: rut-regin, items: [1, 3] }"), third("ulla-utveckling")) },
      errors: [
        { messageId: "otherItem", file: NOTES, at: "1", after: "rut-regin, items: [", message: "Rut Regin is listed for item 1 but is responsible for item 2. Did you mean item 2?" },
        { messageId: "otherItem", file: NOTES, at: "3", after: "rut-regin, items: [1, ", data: { listed: "3" }, expected: ["item 2"] },
      ],
    },
  ],
});
