import { ruleTester } from "../helpers/rule-tester.js";

const NOTES = "mandates/motesanteckningar/2026-02-19-samordnande-grupp-utveckling-hos.md";

ruleTester("notes-references", {
  valid: [{ name: "the real meeting notes" }],
  invalid: [
    {
      name: "a guest listed for an item that is not on the agenda",
      edit: (fx) => fx.replace(NOTES, "  - { person: jan-strang, items: [2] }", "  - { person: jan-strang, items: [12] }"),
      errors: [{ file: NOTES, at: "12] }", message: "Jan Sträng deltar i punkt 12, men dagordningen har ingen punkt 12." }],
    },
    {
      name: "a responsible person who neither attended nor was a guest",
      edit: (fx) => fx.replace(NOTES, "    responsible: [jenny-nilsson]", "    responsible: [jonas-claesson]"),
      errors: [{ file: NOTES, at: "jonas-claesson]", message: "Jonas Claesson är ansvarig för punkt 5 men finns varken bland deltagarna eller gästerna." }],
    },
  ],
});
