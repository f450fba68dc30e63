import { expect, it } from "vitest";
import rule from "../../src/parse/rules/yaml-syntax.js";
import { edits, replace } from "../helpers/project.js";
import { ruleTester, runCase } from "../helpers/rule-tester.js";

const MANDATE = "mandates/styrgrupp-alfa.md";
const NOTES = "mandates/motesanteckningar/2026-02-01-styrgrupp-alfa.md";

ruleTester(rule, {
  valid: [
    { name: "the base repository" },
    {
      name: "comments, quoted colons and a block scalar",
      files: {
        [MANDATE]: edits(
          replace("title: Uppdragshandling för styrgrupp alfa", '# Titeln som i beslutet\ntitle: "Uppdragshandling: styrgrupp alfa # 1"'),
          replace("  text: 4 till 6 gånger per år.", "  text: >-\n    4 till 6 gånger\n    per år."),
        ),
      },
    },
    { name: "a registry file with a comment", files: { "mandates/registry/roles.yaml": (t) => `# Roller\n${t}` } },
  ],
  invalid: [
    {
      name: "a duplicate key is reported at the second key",
      files: { [MANDATE]: replace("\ndate: ", "\ntitle: Dubbel\ndate: ") },
      errors: [
        {
          messageId: "duplicateKey",
          file: MANDATE,
          line: 5,
          column: 1,
          message: "Nyckeln står två gånger i samma avsnitt.",
          note: "Ta bort eller slå ihop den ena förekomsten.",
          severity: "error",
        },
      ],
    },
    {
      name: "a YAML tag is refused, so frontmatter stays data",
      files: { [MANDATE]: replace("title: Uppdragshandling för styrgrupp alfa", "title: !!js/function 'function () { return 1 }'") },
      errors: [
        {
          messageId: "tag",
          file: MANDATE,
          at: "!!js/function",
          startOnly: true,
          data: { tag: "!!js/function" },
          message: "YAML-taggen !!js/function är inte tillåten; frontmatter är bara data.",
          note: "Ta bort taggen (ordet som börjar med !).",
        },
      ],
    },
    {
      // Later syntax errors are usually echoes of the first.
      name: "only the first of two syntax errors in a file (a colon in an unquoted value)",
      files: { [MANDATE]: edits(replace("title: Uppdragshandling", "title: Uppdrag: handling"), replace("issuer: koncernkontoret", "issuer: koncern: kontoret")) },
      errors: [
        {
          messageId: "syntax",
          file: MANDATE,
          line: 3,
          column: 8,
          endLine: 3,
          endColumn: 9,
          data: { detail: "ett värde innehåller kolon följt av mellanslag eller fel indrag" },
          message: "YAML-syntaxfel: ett värde innehåller kolon följt av mellanslag eller fel indrag.",
          note: "Kontrollera indrag, kolon efter nyckeln och citattecken runt värden som innehåller kolon eller #.",
        },
      ],
    },
    {
      name: "an unclosed flow sequence",
      files: { [MANDATE]: replace("\ndate: 2026-01-10", "\ndate: [2026-01-10") },
      errors: [{ messageId: "syntax", file: MANDATE, line: 6, column: 1, data: { detail: "fel indrag" } }],
    },
    {
      // The yaml library places a missing closing quote at the end of the file.
      name: "an unclosed quote in a registry file",
      files: { "mandates/registry/roles.yaml": replace("  name: Samordnare", '  name: "Samordnare') },
      errors: [{ messageId: "syntax", file: "mandates/registry/roles.yaml", line: 8, column: 1, data: { detail: "ett avslutande tecken saknas (citattecken eller hakparentes)" } }],
    },
  ],
});

it("a YAML error is fatal for its document only: the other files are still checked", async () => {
  const run = await runCase({
    name: "",
    files: { [MANDATE]: replace("\ndate: ", "\ntitle: Dubbel\ndate: "), [NOTES]: replace("group: styrgrupp-alfa", "group: styrgrupp-alf") },
  });
  try {
    expect(run.result.diagnostics.filter((d) => d.file === MANDATE).map((d) => [d.ruleId, d.fatal])).toEqual([["yaml-syntax", true]]);
    expect(run.result.documents.map((d) => [d.path, d.skipped])).toEqual([
      [NOTES, []],
      [MANDATE, ["unreadable"]],
    ]);
    expect(run.result.diagnostics.filter((d) => d.file === NOTES).map((d) => `${d.ruleId} ${d.message}`)).toEqual([
      "reference-exists Gruppen styrgrupp-alf finns inte i registret. Menade du styrgrupp-alfa?",
    ]);
  } finally {
    await run.remove();
  }
});
