import rule from "../../src/rules/meeting-frequency-range.js";
import { replace } from "../helpers/project.js";
import { ruleTester } from "../helpers/rule-tester.js";

const MANDATE = "mandates/styrgrupp-alfa.md";
const RANGE = "  min: 4\n  max: 6\n";

ruleTester(rule, {
  valid: [
    { name: "min below max (the base mandate, 4–6)" },
    { name: "min equal to max", files: { [MANDATE]: replace(RANGE, "  min: 6\n  max: 6\n") } },
  ],
  invalid: [
    {
      name: "min above max",
      files: { [MANDATE]: replace(RANGE, "  min: 8\n  max: 4\n") },
      errors: [
        {
          messageId: "minAboveMax",
          file: MANDATE,
          at: "8",
          after: "  min: ",
          data: { min: "8", max: "4", per: "år" },
          message: "Mötesfrekvensen anger minst 8 men högst 4 möten per år.",
          note: "Byt plats på min och max, eller rätta det ena.",
        },
      ],
    },
    {
      name: "min above max per month",
      files: { [MANDATE]: replace(`${RANGE}  per: år\n`, "  min: 3\n  max: 2\n  per: månad\n") },
      errors: [{ messageId: "minAboveMax", file: MANDATE, at: "3", after: "  min: ", message: "Mötesfrekvensen anger minst 3 men högst 2 möten per månad." }],
    },
  ],
});
