import rule from "../../src/rules/review-date.js";
import { edits, replace } from "../helpers/project.js";
import { ruleTester } from "../helpers/rule-tester.js";

const MANDATE = "mandates/styrgrupp-alfa.md";
const reviewBy = (date: string) => replace("distribution:\n", `reviewBy: ${date}\ndistribution:\n`);

ruleTester(rule, {
  valid: [
    { name: "no review date" },
    { name: "review date ahead", files: { [MANDATE]: reviewBy("2027-06-30") }, today: "2026-11-23" },
    { name: "review date today", files: { [MANDATE]: reviewBy("2026-11-23") }, today: "2026-11-23" },
    {
      name: "a repealed mandate is not reviewed",
      files: { [MANDATE]: edits(reviewBy("2026-06-30"), replace("type: uppdragshandling\n", "type: uppdragshandling\nstatus: upphävd\n"), replace("distribution:\n", "repealed:\n  date: 2026-09-01\ndistribution:\n")) },
      today: "2026-11-23",
    },
  ],
  invalid: [
    {
      name: "review date passed: a warning, today fixed by the test",
      files: { [MANDATE]: reviewBy("2026-06-30") },
      today: "2026-11-23",
      errors: [
        {
          messageId: "reviewPassed",
          file: MANDATE,
          at: "2026-06-30",
          severity: "warning",
          message: "Uppdragshandlingen skulle ha reviderats senast 2026-06-30 (i dag är det 2026-11-23).",
          note: "Se över uppdraget och låt det fastställas på nytt, och sätt sedan ett nytt reviewBy:.",
        },
      ],
    },
    {
      name: "one day late",
      files: { [MANDATE]: reviewBy("2026-11-22") },
      today: "2026-11-23",
      errors: [{ messageId: "reviewPassed", file: MANDATE, at: "2026-11-22" }],
    },
  ],
});
