import { ruleTester } from "../helpers/rule-tester.js";

const REG = "mandates/registry/documents.yaml";
const INF = "mandates/samordningsrad-infektion.md";
const ONK = "mandates/samordningsrad-onkologi.md";
const end = (date: string) => (fx: { replace(f: string, a: string, b: string): Promise<unknown> }) =>
  fx.replace(REG, "  title: Beslutsmandat för regionala rutiner inom hälso- och sjukvård\n", `  title: Beslutsmandat för regionala rutiner inom hälso- och sjukvård\n  validUntil: ${date}\n`);

ruleTester("document-validity", {
  today: "2026-11-23",
  valid: [{ name: "documents without an end date" }, { name: "a validity that ends in the future", edit: end("2027-12-31") }],
  invalid: [
    {
      name: "a validity that has ended",
      severity: "warning",
      edit: end("2026-06-30"),
      errors: [INF, ONK].map((file) => ({
        file,
        at: "SSN 2023-00470",
        after: "documents:",
        message: "SSN 2023-00470 (Beslutsmandat för regionala rutiner inom hälso- och sjukvård) gällde till 2026-06-30 och har gått ut.",
      })),
    },
  ],
});
