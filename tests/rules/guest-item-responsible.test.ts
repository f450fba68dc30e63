import { ruleTester } from "../helpers/rule-tester.js";

const NOTES = "mandates/motesanteckningar/2026-02-19-samordnande-grupp-utveckling-hos.md";
const DIRECTIVE = "  # mandat-disable-next-line guest-item-responsible -- som i originalet: (punkt 7)\n  - { person: katrin-modig-pallin, items: [7] }";

ruleTester("guest-item-responsible", {
  valid: [
    { name: "the real notes, whose off-by-one items are acknowledged in the file" },
    { name: "a guest listed for the item they lead", edit: (fx) => fx.replace(NOTES, DIRECTIVE, "  - { person: katrin-modig-pallin, items: [6] }") },
  ],
  invalid: [
    {
      name: "a guest listed for the item after the one they lead (as in the original)",
      severity: "warning",
      edit: (fx) => fx.replace(NOTES, DIRECTIVE, "  - { person: katrin-modig-pallin, items: [7] }"),
      errors: [{ file: NOTES, at: "7] }", after: "katrin-modig-pallin, items", message: "Katrin Modig Pallin anges för punkt 7 men är ansvarig för punkt 6. Menade du punkt 6?" }],
    },
  ],
});
