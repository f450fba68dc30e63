import { expect, it } from "vitest";
import rule from "../../src/parse/rules/frontmatter.js";
import { replace } from "../helpers/project.js";
import { ruleTester, runCase } from "../helpers/rule-tester.js";

const MANDATE = "mandates/styrgrupp-alfa.md";
const TYPES = "uppdragshandling, motesanteckning";

ruleTester(rule, {
  valid: [
    { name: "the base repository: a mandate and meeting notes" },
    { name: "a comment before the fields", files: { [MANDATE]: replace("---\ntype:", "---\n# Uppdragshandling\ntype:") } },
  ],
  invalid: [
    {
      name: "a document without frontmatter, at line 1",
      files: { "mandates/ny-grupp.md": "# Ny grupp\n\nText.\n" },
      errors: [
        {
          messageId: "missing",
          file: "mandates/ny-grupp.md",
          line: 1,
          column: 1,
          message: "Dokumentet saknar frontmatter.",
          note: "Börja filen med en rad ---, fälten (type: uppdragshandling …) och en avslutande rad ---.",
          severity: "error",
        },
      ],
    },
    {
      name: "frontmatter that does not start on the first line",
      files: { "mandates/ny-grupp.md": "\n---\ntype: uppdragshandling\n---\n\nText.\n" },
      errors: [{ messageId: "missing", file: "mandates/ny-grupp.md", line: 1, column: 1 }],
    },
    {
      name: "an unknown document type, at the type value, suggesting the closest type",
      files: { [MANDATE]: replace("type: uppdragshandling", "type: uppdrag") },
      errors: [
        {
          messageId: "unknownType",
          file: MANDATE,
          at: "uppdrag",
          data: { actual: '"uppdrag"', types: TYPES },
          expected: ["uppdragshandling"],
          message: 'Okänd dokumenttyp "uppdrag". Menade du uppdragshandling?',
          note: `Dokumenttyper: ${TYPES}.`,
        },
      ],
    },
    {
      name: "a type that is not a text and close to none",
      files: { [MANDATE]: replace("type: uppdragshandling", "type: 3") },
      errors: [{ messageId: "unknownType", file: MANDATE, at: "3", after: "type: ", message: "Okänd dokumenttyp 3." }],
    },
    {
      // Not validated as a mandate: without a type there is no schema to check it against.
      name: "a document without type is fatal and lists the document types",
      files: { [MANDATE]: replace("type: uppdragshandling\n", "") },
      errors: [
        {
          messageId: "missingType",
          file: MANDATE,
          line: 2,
          column: 1,
          endLine: 33,
          endColumn: 28,
          data: { types: TYPES },
          message: "Fältet type saknas, så dokumentet kan inte kontrolleras mot något schema.",
          note: `Lägg till type: med en av dokumenttyperna ${TYPES}.`,
        },
      ],
    },
    {
      name: "frontmatter that is a list, not fields",
      files: { "mandates/lista.md": "---\n- a\n- b\n---\n\nText\n" },
      errors: [
        {
          messageId: "notMapping",
          file: "mandates/lista.md",
          line: 2,
          column: 1,
          endLine: 3,
          endColumn: 4,
          message: "Frontmattern är inte en samling fält (nyckel: värde).",
        },
      ],
    },
    {
      name: "empty frontmatter",
      files: { "mandates/tom.md": "---\n---\n\nText\n" },
      errors: [{ messageId: "notMapping", file: "mandates/tom.md", line: 2, column: 1 }],
    },
    {
      name: "an unknown type in English",
      lang: "en",
      files: { [MANDATE]: replace("type: uppdragshandling", "type: uppdrag") },
      errors: [{ messageId: "unknownType", file: MANDATE, message: 'Unknown document type "uppdrag". Did you mean uppdragshandling?', note: `Document types: ${TYPES}.` }],
    },
  ],
});

it("frontmatter diagnostics are fatal and leave the document unreadable; the schema says nothing more", async () => {
  const run = await runCase({ name: "", files: { [MANDATE]: replace("type: uppdragshandling\n", "") } });
  try {
    expect(run.result.diagnostics.filter((d) => d.file === MANDATE).map((d) => [d.ruleId, d.fatal])).toEqual([["frontmatter", true]]);
    expect(run.result.documents.find((d) => d.path === MANDATE)?.skipped).toEqual(["unreadable"]);
  } finally {
    await run.remove();
  }
});
