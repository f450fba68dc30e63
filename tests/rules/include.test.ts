import { symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { RootContent } from "mdast";
import { describe, expect, it } from "vitest";
import { renderableInputs } from "../../src/build.js";
import { check, type CheckResult } from "../../src/check.js";
import { mdastToHtml } from "../../src/html/markdown.js";
import rule from "../../src/parse/rules/include.js";
import { plainText } from "../../src/util/mdast.js";
import { copyOf, edits, project, replace, type Edits } from "../helpers/project.js";
import { removeDir, tempDir } from "../helpers/repo.js";
import { actualShape, ruleTester, runCase } from "../helpers/rule-tester.js";

const MANDATE = "mandates/styrgrupp-alfa.md";
/** A second mandate, for the group below styrgrupp-alfa. */
const BETA = "mandates/arbetsgrupp-beta.md";
const NOTES = "mandates/motesanteckningar/2026-02-01-styrgrupp-alfa.md";
const SHARED = "mandates/standardtexter/styrgrupp.md";
const directive = (path: string) => `<!-- mandat:include ${path} -->`;
const WHERE = "Sökvägen räknas från repositoriets rot (mappen som har mandates/), till exempel mandates/standardtexter/samordningsrad.md.";

/** Include `path` in a document's body, as a paragraph after `anchor` (in a mandate, the section Samband …). */
const include = (path: string, anchor = "Inga.\n") => replace(anchor, `${anchor}\n${directive(path)}\n`);
/** Add `values:` (YAML lines) to a mandate's frontmatter. */
const values = (...lines: string[]) => replace("\ndecision:", `\nvalues:\n${lines.map((l) => `  ${l}\n`).join("")}decision:`);
const beta = (...fns: ((text: string) => string)[]) => copyOf(MANDATE, edits(replace("group: styrgrupp-alfa", "group: arbetsgrupp-beta"), ...fns));

ruleTester(rule, {
  valid: [
    { name: "the base repository, which includes nothing" },
    { name: "a shared text without placeholders", files: { [SHARED]: "Gruppen möts digitalt.\n", [MANDATE]: include(SHARED) } },
    {
      name: "placeholders, with or without spaces inside the braces, filled from values",
      files: { [SHARED]: "Gruppen för {{område}} möts {{ ort }}.\n", [MANDATE]: edits(include(SHARED), values("område: alfa", "ort: i Alfastad")) },
    },
    {
      name: "a shared text that holds a whole section",
      files: {
        [SHARED]: "## Kommunikation\n\nAnteckningar publiceras på [intranätet](https://intra.exempel.se/styrgrupp).\n",
        [MANDATE]: replace("## Kommunikation\n\nAnteckningar publiceras på [intranätet](https://intra.exempel.se/styrgrupp).\n", `${directive(SHARED)}\n`),
      },
    },
    {
      name: "a shared text that includes another, in meeting notes too",
      files: {
        [SHARED]: `Inledande text.\n\n${directive("mandates/standardtexter/gemensamt/avslut.md")}\n`,
        "mandates/standardtexter/gemensamt/avslut.md": "Avslutande text.\n",
        [NOTES]: include(SHARED, "Ordföranden hälsade välkommen.\n"),
      },
    },
    {
      name: "a shared text that no checked document includes is not checked",
      files: { "mandates/standardtexter/oanvand.md": `${directive("mandates/standardtexter/finns-inte.md")}\n\nFör {{område}}.\n` },
    },
  ],
  invalid: [
    {
      name: "a shared text that does not exist, suggesting the closest one",
      files: { [SHARED]: "Gruppen möts digitalt.\n", [MANDATE]: include("mandates/standardtexter/styrgrup.md") },
      errors: [
        {
          messageId: "notFound",
          file: MANDATE,
          at: "mandates/standardtexter/styrgrup.md",
          data: { path: "mandates/standardtexter/styrgrup.md" },
          expected: [SHARED],
          message: `Den gemensamma texten mandates/standardtexter/styrgrup.md finns inte. Menade du ${SHARED}?`,
          note: WHERE,
        },
      ],
    },
    {
      name: "a path written relative to mandates/: suggests the path from the root",
      files: { [SHARED]: "Gruppen möts digitalt.\n", [MANDATE]: include("standardtexter/styrgrupp.md") },
      errors: [{ messageId: "notFound", file: MANDATE, at: "standardtexter/styrgrupp.md", after: "include ", expected: [SHARED] }],
    },
    {
      name: "a shared text that does not exist, with nothing close to suggest",
      files: { [MANDATE]: include("mandates/standardtexter/styrgrupp.md") },
      errors: [{ messageId: "notFound", file: MANDATE, at: SHARED, message: `Den gemensamma texten ${SHARED} finns inte.` }],
    },
    {
      name: "an absolute path",
      files: { [MANDATE]: include("/etc/passwd") },
      errors: [
        {
          messageId: "absolute",
          file: MANDATE,
          at: "/etc/passwd",
          message: "Sökvägen /etc/passwd är absolut; en inkludering får bara peka på filer i repositoriet.",
          note: WHERE,
        },
      ],
    },
    {
      name: "a path that escapes the repository with ..",
      files: { [MANDATE]: include("../../etc/passwd") },
      errors: [{ messageId: "escapes", file: MANDATE, at: "../../etc/passwd", message: "Sökvägen ../../etc/passwd pekar utanför repositoriet.", note: WHERE }],
    },
    {
      name: "a file that is not Markdown",
      files: { "mandates/standardtexter/styrgrupp.txt": "Text.\n", [MANDATE]: include("mandates/standardtexter/styrgrupp.txt") },
      errors: [
        {
          messageId: "notMarkdown",
          file: MANDATE,
          at: "mandates/standardtexter/styrgrupp.txt",
          message: "mandates/standardtexter/styrgrupp.txt är ingen Markdown-fil; bara .md-filer kan inkluderas.",
        },
      ],
    },
    {
      name: "a two-step include cycle: its chain, once however many documents include it",
      files: {
        "mandates/standardtexter/a.md": `Text a.\n\n${directive("mandates/standardtexter/b.md")}\n`,
        "mandates/standardtexter/b.md": `Text b.\n\n${directive("mandates/standardtexter/a.md")}\n`,
        [MANDATE]: include("mandates/standardtexter/a.md"),
        [NOTES]: include("mandates/standardtexter/a.md", "Ordföranden hälsade välkommen.\n"),
      },
      errors: [
        {
          messageId: "cycle",
          file: "mandates/standardtexter/b.md",
          line: 3,
          column: 21,
          endColumn: 49,
          data: { chain: "mandates/standardtexter/a.md → mandates/standardtexter/b.md → mandates/standardtexter/a.md" },
          message: "Inkluderingen bildar en cykel: mandates/standardtexter/a.md → mandates/standardtexter/b.md → mandates/standardtexter/a.md.",
          note: "En gemensam text kan inte inkludera sig själv, varken direkt eller via andra texter.",
        },
      ],
    },
    {
      name: "a shared text that includes itself",
      files: { [SHARED]: `Text.\n\n${directive(SHARED)}\n`, [MANDATE]: include(SHARED) },
      errors: [{ messageId: "cycle", file: SHARED, at: SHARED, data: { chain: `${SHARED} → ${SHARED}` } }],
    },
    {
      name: "a placeholder without a value, at the placeholder in the shared text, naming the document",
      files: {
        [SHARED]: "Gruppen för **{{område}}** i {{ort}}.\n",
        [MANDATE]: edits(include(SHARED), values("område: alfa", "ort: Alfastad")),
        [BETA]: beta(include(SHARED), values("område: beta")),
      },
      errors: [
        {
          messageId: "missingValue",
          file: SHARED,
          at: "{{ort}}",
          data: { placeholder: "{{ort}}", name: "ort", document: BETA },
          message: `Platshållaren {{ort}} har inget värde i values i ${BETA}.`,
          note: `Lägg till ort: … under values i frontmattern i ${BETA}.`,
          related: [{ file: BETA, at: SHARED, message: "inkluderas här" }],
        },
      ],
    },
    {
      name: "a document without values, at its include, when the shared text has placeholders",
      files: { [SHARED]: "Gruppen för {{område}} i {{ort}}.\n", [MANDATE]: include(SHARED) },
      errors: [
        {
          messageId: "noValues",
          file: MANDATE,
          at: SHARED,
          data: { path: SHARED, placeholders: "{{område}}, {{ort}}", document: MANDATE },
          message: `${SHARED} har platshållare ({{område}}, {{ort}}) men ${MANDATE} har inget values i frontmattern.`,
          note: "Lägg till values: i frontmattern med ett värde för varje platshållare.",
        },
      ],
    },
    {
      name: "a value that no placeholder uses, at its key",
      files: { [SHARED]: "Gruppen för {{område}}.\n", [MANDATE]: edits(include(SHARED), values("område: alfa", "ort: Alfastad")) },
      errors: [
        {
          messageId: "unusedValue",
          file: MANDATE,
          at: "ort",
          after: "values:",
          data: { name: "ort" },
          message: "Värdet ort i values används inte av någon inkluderad text.",
          note: "Ta bort värdet, eller skriv {{ort}} där det ska stå i den gemensamma texten.",
        },
      ],
    },
    {
      name: "values in a document that includes nothing",
      files: { [MANDATE]: values("område: alfa") },
      errors: [{ messageId: "unusedValue", file: MANDATE, at: "område", data: { name: "område" } }],
    },
    {
      name: "a directive in a list, in English",
      lang: "en",
      files: { [SHARED]: "Text.\n", [MANDATE]: replace("Inga.\n", `Inga.\n\n- ${directive(SHARED)}\n`) },
      errors: [
        {
          messageId: "malformed",
          file: MANDATE,
          at: directive(SHARED),
          message: "An include must stand on a line of its own, outside lists and quotes, and have a path.",
          note: "Write it as `<!-- mandat:include mandates/standardtexter/name.md -->` with blank lines before and after.",
        },
      ],
    },
    {
      name: "a directive without a path",
      files: { [MANDATE]: replace("Inga.\n", "Inga.\n\n<!-- mandat:include -->\n") },
      errors: [{ messageId: "malformed", file: MANDATE, at: "<!-- mandat:include -->", message: "Inkluderingen ska stå ensam på en rad, utanför listor och citat, och ha en sökväg." }],
    },
    {
      name: "a malformed directive in a shared text, once however many documents include it",
      files: {
        [SHARED]: `> ${directive("mandates/standardtexter/annat.md")}\n`,
        "mandates/standardtexter/annat.md": "Text.\n",
        [MANDATE]: include(SHARED),
        [NOTES]: include(SHARED, "Ordföranden hälsade välkommen.\n"),
      },
      errors: [{ messageId: "malformed", file: SHARED, at: directive("mandates/standardtexter/annat.md") }],
    },
  ],
});

/** The first top-level node of a document's body whose text starts with `start`. */
function paragraph(result: CheckResult, path: string, start: string): RootContent {
  const tree = result.documents.find((d) => d.path === path)!.tree!;
  return tree.children.find((n) => plainText(n).startsWith(start))!;
}

describe("include in the parse stage", () => {
  it("fills placeholders with values as plain text: Markdown and HTML in a value stay text", async () => {
    const run = await runCase({
      name: "",
      files: {
        [SHARED]: "Gruppen för {{område}} möts {{ ort }}.\n",
        [MANDATE]: edits(include(SHARED), values("område: alfa", 'ort: "*i <b>Alfastad</b>*"')),
        [BETA]: beta(include(SHARED), values("område: beta", "ort: i Betaby")),
      },
    });
    try {
      expect(run.result.diagnostics.filter((d) => d.ruleId === "include")).toEqual([]);
      expect(plainText(paragraph(run.result, BETA, "Gruppen för"))).toBe("Gruppen för beta möts i Betaby.");
      const alfa = paragraph(run.result, MANDATE, "Gruppen för");
      expect(plainText(alfa)).toBe("Gruppen för alfa möts *i <b>Alfastad</b>*.");
      expect(mdastToHtml([alfa])).toBe("<p>Gruppen för alfa möts *i &#x3C;b>Alfastad&#x3C;/b>*.</p>");
    } finally {
      await run.remove();
    }
  });

  it("a document whose shared text is missing is not rendered, and the other documents are still checked", async () => {
    const run = await runCase({
      name: "",
      files: {
        [SHARED]: "Gruppen möts digitalt.\n",
        [MANDATE]: include("mandates/standardtexter/styrgrup.md"),
        [NOTES]: replace("group: styrgrupp-alfa", "group: styrgrupp-alf"),
      },
    });
    try {
      expect(run.result.diagnostics.filter((d) => d.severity === "error").map((d) => `${d.file} ${d.ruleId}`)).toEqual([`${NOTES} reference-exists`, `${MANDATE} include`]);
      expect(run.result.documents.find((d) => d.path === MANDATE)!.skipped).toEqual(["include"]);
      expect(renderableInputs(run.result).map((i) => i.path)).not.toContain(MANDATE);
    } finally {
      await run.remove();
    }
  });

  it("refuses a symbolic link that points outside the repository, also from a shared text", async () => {
    const files: Edits = {
      "mandates/standardtexter/inne.md": `${directive("mandates/standardtexter/ute.md")}\n`,
      [MANDATE]: include("mandates/standardtexter/inne.md"),
    };
    const p = await project(files);
    const outside = await tempDir("outside");
    try {
      await writeFile(join(outside, "text.md"), "Text utanför.\n");
      await symlink(join(outside, "text.md"), join(p.root, "mandates/standardtexter/ute.md"));
      const result = await check({ root: p.root, today: "2026-11-23" });
      expect(result.diagnostics.filter((d) => d.ruleId === "include").map(actualShape).map((d) => [d.file, d.line, d.column, d.message])).toEqual([
        ["mandates/standardtexter/inne.md", 1, 21, "mandates/standardtexter/ute.md är en symbolisk länk som pekar utanför repositoriet."],
      ]);
    } finally {
      await p.remove();
      await removeDir(outside);
    }
  });
});
