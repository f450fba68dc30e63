import { ruleTester } from "../helpers/rule-tester.js";

const INF = "mandates/samordningsrad-infektion.md";

ruleTester("meeting-frequency-range", {
  valid: [{ name: "the real ranges (4–8, 10–10)" }, { name: "min equal to max", edit: (fx) => fx.replace(INF, "  min: 4\n  max: 8", "  min: 8\n  max: 8") }],
  invalid: [
    {
      name: "min above max",
      edit: (fx) => fx.replace(INF, "  min: 4\n  max: 8", "  min: 8\n  max: 4"),
      errors: [{ file: INF, at: "8\n  max: 4", after: "meetingFrequency:", message: "Mötesfrekvensen anger minst 8 men högst 4 möten per år." }],
    },
  ],
});
