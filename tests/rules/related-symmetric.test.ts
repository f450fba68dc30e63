import { ruleTester } from "../helpers/rule-tester.js";

const LIB = "mandates/samordningsgrupp-medicinska-biblioteksfragor.md";
const HOS = "mandates/samordnande-grupp-utveckling-hos.md";

ruleTester("related-symmetric", {
  valid: [
    { name: "related groups without a mandate here" },
    {
      name: "two mandates that name each other",
      edit: async (fx) => {
        await fx.replace(LIB, "related:\n", "related:\n  - samordnande-grupp-utveckling-hos\n");
        await fx.replace(HOS, "related:\n", "related:\n  - samordningsgrupp-medicinska-biblioteksfragor\n");
      },
    },
  ],
  invalid: [
    {
      name: "a one-sided relation",
      severity: "warning",
      edit: (fx) => fx.replace(LIB, "related:\n", "related:\n  - samordnande-grupp-utveckling-hos\n"),
      errors: [
        {
          file: LIB,
          at: "samordnande-grupp-utveckling-hos\n",
          after: "related:",
          message:
            "Samordningsgrupp medicinska biblioteksfrågor anger samband med Samordnande grupp för utveckling inom hälso- och sjukvård, men uppdragshandlingen för Samordnande grupp för utveckling inom hälso- och sjukvård nämner inte Samordningsgrupp medicinska biblioteksfrågor.",
        },
      ],
    },
  ],
});
