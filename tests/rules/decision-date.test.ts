import rule from "../../src/rules/decision-date.js";
import { replace } from "../helpers/project.js";
import { ruleTester } from "../helpers/rule-tester.js";

const MANDATE = "mandates/styrgrupp-alfa.md";

ruleTester(rule, {
  valid: [
    { name: "decided ten days after the document date (the base mandate)" },
    { name: "decided the same day", files: { [MANDATE]: replace("  date: 2026-01-20", "  date: 2026-01-10") } },
  ],
  invalid: [
    {
      name: "decided before the document was written",
      files: { [MANDATE]: replace("  date: 2026-01-20", "  date: 2025-12-20") },
      errors: [
        {
          messageId: "beforeDocument",
          file: MANDATE,
          at: "2025-12-20",
          data: { decided: "2025-12-20", date: "2026-01-10" },
          message: "Beslutsdatumet 2025-12-20 ligger före dokumentets datum 2026-01-10.",
          note: "Ett beslut fattas om ett färdigt dokument; rätta något av datumen.",
        },
      ],
    },
    {
      name: "a document date after the decision, one day apart",
      files: { [MANDATE]: replace("date: 2026-01-10", "date: 2026-01-21") },
      errors: [{ messageId: "beforeDocument", file: MANDATE, at: "2026-01-20", data: { decided: "2026-01-20", date: "2026-01-21" } }],
    },
  ],
});
