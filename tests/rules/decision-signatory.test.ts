import { ruleTester } from "../helpers/rule-tester.js";

const INF = "mandates/samordningsrad-infektion.md";
const ONK = "mandates/samordningsrad-onkologi.md";
const LIB = "mandates/samordningsgrupp-medicinska-biblioteksfragor.md";
const delegate = (fx: { replace(f: string, a: string, b: string): Promise<unknown> }) =>
  Promise.all([INF, ONK].map((f) => fx.replace(f, "  date: 2026-06-17\n", "  date: 2026-06-17\n  delegation: RS 2019-03137-40\n")));

ruleTester("decision-signatory", {
  valid: [
    { name: "the councils with a recorded delegation", edit: delegate },
    {
      name: "signed by the person who holds the commissioner's role",
      edit: async (fx) => {
        await delegate(fx);
        await fx.replace(LIB, "  decidedBy:\n    person: karin-loostrom-muth\n    role: halso-och-sjukvardsutvecklingsdirektor", "  decidedBy:\n    person: karin-loostrom-muth");
      },
    },
  ],
  invalid: [
    {
      name: "signed by someone else without delegation",
      severity: "warning",
      edit: async (fx) => {
        await delegate(fx);
        await fx.replace(LIB, "  decidedBy:\n    person: karin-loostrom-muth\n    role: halso-och-sjukvardsutvecklingsdirektor", "  decidedBy:\n    person: jonas-claesson\n    role: halso-och-sjukvardsdirektor");
      },
      errors: [
        {
          file: LIB,
          at: "decidedBy:",
          message:
            "Beslutet är fattat av Jonas Claesson (hälso- och sjukvårdsdirektör), men uppdragsgivaren är hälso- och sjukvårdsutvecklingsdirektör och ingen delegation är angiven.",
        },
      ],
    },
  ],
});
