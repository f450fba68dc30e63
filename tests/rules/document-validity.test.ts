import rule from "../../src/rules/document-validity.js";
import { edits, replace } from "../helpers/project.js";
import { ruleTester } from "../helpers/rule-tester.js";

const REG = "mandates/registry/documents.yaml";
const ALFA = "mandates/styrgrupp-alfa.md";

/** The base mandate (dated 2026-01-10) refers to RS 2020-00001 under documents (in prose it does already). */
const refer = replace("decision:\n", "documents: [RS 2020-00001]\ndecision:\n");
/** …and names it as the delegation of its decision. */
const delegation = replace("  date: 2026-01-20\n", "  date: 2026-01-20\n  delegation: RS 2020-00001\n");
/** Give RS 2020-00001 a validity in the registry. */
const validity = (lines: string) => replace("  title: Riktlinje för styrgrupper\n", `  title: Riktlinje för styrgrupper\n${lines}`);

ruleTester(rule, {
  valid: [
    { name: "the base repository" },
    { name: "a document without a validity", files: { [ALFA]: edits(refer, delegation) } },
    { name: "a validity that ends in the future", files: { [ALFA]: refer, [REG]: validity("  validUntil: 2027-12-31\n") } },
    { name: "a validity that ends today", files: { [ALFA]: refer, [REG]: validity("  validUntil: 2026-11-23\n") } },
    { name: "a validity that starts on the document's date", files: { [ALFA]: refer, [REG]: validity("  validFrom: 2026-01-10\n") } },
    {
      name: "a title cited together with its diarienummer is reported once, at the number (here: still valid)",
      files: { [REG]: validity("  validUntil: 2027-06-30\n"), [ALFA]: replace("Ordföranden fattar beslut.", "Ordföranden fattar beslut enligt Riktlinje för styrgrupper.") },
    },
    {
      name: "a document without a diarienummer that is still valid",
      files: {
        [REG]: (t: string) => `${t}- title: Rutin för styrgrupper\n  validUntil: 2027-12-31\n`,
        [ALFA]: replace("Ordföranden fattar beslut.", "Ordföranden fattar beslut enligt rutin för styrgrupper."),
      },
    },
  ],
  invalid: [
    {
      // A governing document without a diarienummer, known by its title, cited by title in prose.
      name: "a document without a diarienummer, cited by its title after its validity ended",
      files: {
        [REG]: (t: string) => `${t}- title: Rutin för styrgrupper\n  validUntil: 2025-12-31\n`,
        [ALFA]: replace("Ordföranden fattar beslut.", "Ordföranden fattar beslut enligt rutin för styrgrupper."),
      },
      errors: [
        {
          messageId: "endedTitle",
          file: ALFA,
          at: "rutin för styrgrupper",
          data: { title: "Rutin för styrgrupper", until: "2025-12-31" },
          message: '"Rutin för styrgrupper" gällde till 2025-12-31 och har gått ut.',
          severity: "warning",
        },
      ],
    },
    {
      name: "a document with a diarienummer cited only by its title, across a line break",
      files: {
        [REG]: validity("  validUntil: 2026-06-30\n"),
        [ALFA]: edits(
          replace("enligt RS 2020-00001.", "enligt riktlinjen."),
          replace("Ordföranden fattar beslut.", "Ordföranden fattar beslut enligt Riktlinje för\nstyrgrupper."),
        ),
      },
      errors: [{ messageId: "endedTitle", file: ALFA, at: "Riktlinje för", startOnly: true, data: { title: "Riktlinje för styrgrupper" } }],
    },
    {
      name: "a diarienummer in running text, cited after its validity ended",
      files: { [REG]: validity("  validUntil: 2026-06-30\n") },
      errors: [{ messageId: "ended", file: ALFA, at: "RS 2020-00001", after: "samordnar", data: { diarienummer: "RS 2020-00001", until: "2026-06-30" } }],
    },
    {
      name: "a validity that has ended: every reference is reported",
      files: { [ALFA]: edits(refer, delegation), [REG]: validity("  validUntil: 2026-06-30\n") },
      errors: [
        {
          messageId: "ended",
          file: ALFA,
          at: "RS 2020-00001",
          after: "documents:",
          severity: "warning",
          data: { diarienummer: "RS 2020-00001", title: "Riktlinje för styrgrupper", until: "2026-06-30" },
          message: "RS 2020-00001 (Riktlinje för styrgrupper) gällde till 2026-06-30 och har gått ut.",
          note: "Hänvisa till det dokument som ersatt det, eller uppdatera giltighetstiden i mandates/registry/documents.yaml.",
        },
        { messageId: "ended", file: ALFA, at: "RS 2020-00001", after: "delegation:", data: { until: "2026-06-30" } },
        // …and the number in running text.
        { messageId: "ended", file: ALFA, at: "RS 2020-00001", after: "samordnar", data: { until: "2026-06-30" } },
      ],
    },
    {
      name: "the end is measured against today",
      today: "2028-01-01",
      files: { [ALFA]: refer, [REG]: validity("  validUntil: 2027-12-31\n") },
      errors: [
        { messageId: "ended", file: ALFA, at: "RS 2020-00001", after: "documents:", data: { until: "2027-12-31" } },
        { messageId: "ended", file: ALFA, at: "RS 2020-00001", after: "samordnar", data: { until: "2027-12-31" } },
      ],
    },
    {
      name: "a validity that starts after the document's date",
      files: { [ALFA]: refer, [REG]: validity("  validFrom: 2026-02-01\n") },
      errors: [
        {
          messageId: "notYet",
          file: ALFA,
          at: "RS 2020-00001",
          after: "documents:",
          data: { diarienummer: "RS 2020-00001", title: "Riktlinje för styrgrupper", from: "2026-02-01", date: "2026-01-10" },
          message: "RS 2020-00001 (Riktlinje för styrgrupper) gäller först från 2026-02-01, efter dokumentets datum 2026-01-10.",
        },
        { messageId: "notYet", file: ALFA, at: "RS 2020-00001", after: "samordnar" },
      ],
    },
    {
      name: "in English",
      lang: "en",
      files: { [ALFA]: refer, [REG]: validity("  validUntil: 2026-06-30\n") },
      errors: [
        {
          messageId: "ended",
          file: ALFA,
          at: "RS 2020-00001",
          after: "documents:",
          message: "RS 2020-00001 (Riktlinje för styrgrupper) was valid until 2026-06-30 and has expired.",
          note: "Refer to the document that replaced it, or update its validity in mandates/registry/documents.yaml.",
        },
        { messageId: "ended", file: ALFA, at: "RS 2020-00001", after: "samordnar" },
      ],
    },
  ],
});
