import { ruleTester } from "../helpers/rule-tester.js";

const LIB = "mandates/samordningsgrupp-medicinska-biblioteksfragor.md";
const HOS = "mandates/samordnande-grupp-utveckling-hos.md";

ruleTester("reporting-cycle", {
  valid: [
    { name: "the real documents" },
    {
      name: "a chain that ends outside the mandates",
      edit: (fx) => fx.replace(LIB, "  - group: ledningsgrupp-hos\n", "  - group: samordnande-grupp-utveckling-hos\n"),
    },
  ],
  invalid: [
    {
      name: "a group that reports to itself",
      edit: (fx) => fx.replace(LIB, "  - group: ledningsgrupp-hos\n", "  - group: samordningsgrupp-medicinska-biblioteksfragor\n"),
      errors: [{ file: LIB, at: "samordningsgrupp-medicinska-biblioteksfragor\n", after: "reportsTo:", message: "Rapporteringen går i cirkel: Samordningsgrupp medicinska biblioteksfrågor → Samordningsgrupp medicinska biblioteksfrågor." }],
    },
    {
      name: "two groups that report to each other, reported once",
      edit: async (fx) => {
        await fx.replace(LIB, "  - group: ledningsgrupp-hos\n", "  - group: samordnande-grupp-utveckling-hos\n");
        await fx.replace(HOS, "  - group: koncernledning-hos\n  - role: forvaltningschef", "  - group: samordningsgrupp-medicinska-biblioteksfragor\n  - role: forvaltningschef");
      },
      errors: [
        {
          file: HOS,
          at: "samordningsgrupp-medicinska-biblioteksfragor",
          after: "reportsTo:",
          message:
            "Rapporteringen går i cirkel: Samordnande grupp för utveckling inom hälso- och sjukvård → Samordningsgrupp medicinska biblioteksfrågor → Samordnande grupp för utveckling inom hälso- och sjukvård.",
        },
      ],
    },
  ],
});
