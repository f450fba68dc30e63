import { ruleTester } from "../helpers/rule-tester.js";

const INF = "mandates/samordningsrad-infektion.md";

ruleTester("decision-date", {
  valid: [{ name: "decided the day after the document date (002)" }, { name: "decided the same day", edit: (fx) => fx.replace(INF, "  date: 2026-06-17", "  date: 2026-06-16") }],
  invalid: [
    {
      name: "decided before the document was written",
      edit: (fx) => fx.replace(INF, "  date: 2026-06-17", "  date: 2026-05-17"),
      errors: [{ file: INF, at: "2026-05-17", message: "Beslutsdatumet 2026-05-17 ligger före dokumentets datum 2026-06-16." }],
    },
  ],
});
