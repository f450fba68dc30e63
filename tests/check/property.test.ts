/**
 * Tests that attack: random and mutated frontmatter, Markdown and bytes go through the real check and
 * the HTML stage. Whatever comes in, no exception escapes, every diagnostic names a file and a known
 * rule, and the rendered HTML holds no live script, event handler, `javascript:` URL or external src.
 * Runs: 60 + 30 (check) + 100 (HTML) = 190 cases, seeded so a failure can be replayed.
 */
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { check } from "../../src/check.js";
import { mdastToHtml } from "../../src/html/markdown.js";
import { parseMarkdown } from "../../src/parse/markdown.js";
import { rules } from "../../src/rules/index.js";
import { project, type Project } from "../helpers/project.js";

const MANDATE = "mandates/styrgrupp-alfa.md";
const RULE_IDS = new Set(rules.map((r) => r.id));
const SEED = 20261123;

/** Fragments an attacker (or a careless paste) brings. */
const NASTY = [
  "<script>alert(1)</script>",
  '<img src="https://evil.example/x.png" onerror="alert(1)">',
  "<a href=\"javascript:alert(1)\">x</a>",
  "[klick](javascript:alert(1))",
  "[klick](JaVaScRiPt&#x3A;alert(1))",
  "![bild](https://evil.example/spy.png)",
  "![bild](//evil.example/spy.png)",
  "<iframe src=\"https://evil.example\"></iframe>",
  "<svg onload=alert(1)>",
  "<!-- mandat:include ../../../etc/passwd -->",
  "<!-- mandat:include /etc/passwd -->",
  "<!-- mandat:include mandates/standardtexter/finns-inte.md -->",
  "{{område}}",
  "[grupp](grupp:styrgrupp-alfa)",
  "[grupp](grupp:\"><script>)",
  "RS 2026-00001",
  "| a | b |\n| - | - |\n| <b onmouseover=x> | c |",
  "```html\n<script>alert(1)</script>\n```",
  "> ".repeat(120) + "djup",
  "- ".repeat(120) + "djup",
  "*".repeat(300) + "x",
  "[".repeat(300),
  "\u0000\u001b[31m",
  "\uFEFF",
  "\r\n",
  "&#0;&#x0;&#xD800;",
  "<style>body{background:url(https://evil.example)}</style>",
  "<form action=\"https://evil.example\"><button formaction=\"javascript:x\">",
  "[^1]\n\n[^1]: fotnot <script>x</script>",
  "<http://evil.example>",
  "www.evil.example",
];

const YAML_NASTY = [
  "title: &a [*a]",
  "x: &a [1]\ny: [*a, *a, *a, *a, *a, *a, *a]",
  "title: !!js/function 'f'",
  "title: !!binary aGVq",
  "group: [[[[[[[[",
  "<<: *nope",
  "date: 2026-13-45",
  "chair: { person: \"\\u0000\" }",
  "title:\n\t- tab",
  "participants:\n  items:\n    - organisations: " + "[".repeat(150),
  "? [a, b]\n: c",
  "values: { område: '<script>alert(1)</script>' }",
  "type: mötesanteckningar",
  "type: ~",
  "decision: 42",
  "---",
  "...",
  "%YAML 1.1",
];

const line = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NASTY) },
  { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 20 }) },
  { weight: 1, arbitrary: fc.constantFrom("# Rubrik", "## Syfte med uppdraget", "- punkt", "1. punkt", "> citat", "", "    kod", "---") },
);
const markdown = fc.array(line, { maxLength: 12 }).map((lines) => lines.join("\n"));

/** A mutation of the base document: frontmatter lines dropped, duplicated, replaced or added; a random body. */
const mutatedDocument = (base: string) => {
  const end = base.indexOf("\n---", 4);
  const head = base.slice(4, end).split("\n");
  const op = fc.oneof(
    fc.record({ kind: fc.constant("drop" as const), at: fc.nat() }),
    fc.record({ kind: fc.constant("dup" as const), at: fc.nat() }),
    fc.record({ kind: fc.constant("insert" as const), at: fc.nat(), text: fc.oneof(fc.constantFrom(...YAML_NASTY), fc.string({ maxLength: 30 })) }),
    fc.record({ kind: fc.constant("indent" as const), at: fc.nat(), by: fc.integer({ min: -2, max: 3 }) }),
  );
  return fc.tuple(fc.array(op, { maxLength: 5 }), markdown, fc.boolean()).map(([ops, body, keepBody]) => {
    const lines = [...head];
    for (const o of ops) {
      const at = lines.length === 0 ? 0 : o.at % lines.length;
      if (o.kind === "drop") lines.splice(at, 1);
      else if (o.kind === "dup") lines.splice(at, 0, lines[at] ?? "");
      else if (o.kind === "insert") lines.splice(at, 0, o.text);
      else lines[at] = o.by >= 0 ? " ".repeat(o.by) + (lines[at] ?? "") : (lines[at] ?? "").slice(-o.by);
    }
    return `---\n${lines.join("\n")}\n---\n${keepBody ? base.slice(end + 5) : ""}\n${body}\n`;
  });
};

/** Every attribute of every element in serialised HTML, entities decoded. */
function attributes(html: string): { tag: string; name: string; value: string }[] {
  const out: { tag: string; name: string; value: string }[] = [];
  for (const tag of html.matchAll(/<([a-zA-Z][\w-]*)([^>]*)>/g)) {
    for (const attr of tag[2]!.matchAll(/([^\s"'=<>`/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
      const raw = attr[2] ?? attr[3] ?? attr[4] ?? "";
      const value = raw
        .replace(/&#x([0-9a-f]+);?/gi, (_, h: string) => String.fromCodePoint(Math.min(parseInt(h, 16), 0x10ffff)))
        .replace(/&#(\d+);?/g, (_, d: string) => String.fromCodePoint(Math.min(parseInt(d, 10), 0x10ffff)))
        .replace(/&colon;/gi, ":")
        .replace(/&amp;/g, "&");
      out.push({ tag: tag[1]!.toLowerCase(), name: attr[1]!.toLowerCase(), value });
    }
  }
  return out;
}

function expectSafeHtml(html: string): void {
  expect(html).not.toMatch(/<\s*(script|iframe|object|embed|style|form|svg|math|base|meta|link)\b/i);
  for (const a of attributes(html)) {
    expect(a.name, html).not.toMatch(/^on/);
    const url = a.value.replace(/[\u0000-\u0020\u007f-\u009f]/g, "").toLowerCase();
    if (["href", "src", "action", "formaction", "xlink:href", "srcset", "poster"].includes(a.name)) {
      expect(url, html).not.toMatch(/^(javascript|vbscript|data):/);
    }
    if (a.name === "src" || a.name === "srcset" || a.name === "poster") expect(url, html).not.toMatch(/^(https?:)?\/\//);
    expect(a.name, html).not.toBe("style");
  }
}

let p: Project;
let base: string;
let checks = 0;

beforeAll(async () => {
  p = await project();
  base = await readFile(join(p.root, MANDATE), "utf8");
});
afterAll(() => p.remove());

async function checkAndRender(): Promise<void> {
  checks++;
  const result = await check({ root: p.root, today: "2026-11-23", cache: false, keepTrees: true, jobs: 1 });
  for (const d of result.diagnostics.concat(result.suppressed)) {
    expect(typeof d.file === "string" && d.file.length > 0, JSON.stringify(d)).toBe(true);
    expect(RULE_IDS.has(d.ruleId), d.ruleId).toBe(true);
    expect(d.message).not.toMatch(/\{\{\w+\}\}/);
  }
  expect(result.errorCount).toBe(result.diagnostics.filter((d) => d.severity === "error").length);
  for (const doc of result.documents) if (doc.tree) expectSafeHtml(mdastToHtml(doc.tree, { groupHref: (id) => `grupper/${id}.html` }));
}

describe("property: whatever the input, check finishes and names every problem", () => {
  it("mutated frontmatter and random Markdown (60 runs)", async () => {
    await fc.assert(
      fc.asyncProperty(mutatedDocument(await readFile(join(p.root, MANDATE), "utf8")), async (text) => {
        await writeFile(join(p.root, MANDATE), text);
        await checkAndRender();
      }),
      { numRuns: 60, seed: SEED },
    );
    await writeFile(join(p.root, MANDATE), base);
  }, 120_000);

  it("random bytes, alone or spliced into the document (30 runs)", async () => {
    const bytes = fc.uint8Array({ maxLength: 400 });
    await fc.assert(
      fc.asyncProperty(bytes, fc.nat(), fc.boolean(), async (random, at, splice) => {
        const original = Buffer.from(base);
        const cut = at % original.length;
        await writeFile(join(p.root, MANDATE), splice ? Buffer.concat([original.subarray(0, cut), random, original.subarray(cut)]) : random);
        await checkAndRender();
      }),
      { numRuns: 30, seed: SEED },
    );
    await writeFile(join(p.root, MANDATE), base);
    expect(checks).toBeGreaterThanOrEqual(90);
  }, 120_000);
});

describe("property: the HTML stage never lets anything live through", () => {
  it("Markdown with hostile fragments renders to HTML without script, handlers, javascript: or external src (100 runs)", () => {
    fc.assert(
      fc.property(markdown, (text) => {
        expectSafeHtml(mdastToHtml(parseMarkdown(text, { frontmatter: false })));
        expectSafeHtml(mdastToHtml(parseMarkdown(text, { frontmatter: false }), { groupHref: (id) => `grupper/${id}.html` }));
      }),
      { numRuns: 100, seed: SEED },
    );
  });

  it("the checker of the property catches what it must (the assertion is not vacuous)", () => {
    for (const bad of ['<script>x</script>', '<a href="javascript:x">', '<img src="https://e.example/x">', '<p onclick="x">', '<a href="jav&#x61;script:x">']) {
      expect(() => expectSafeHtml(bad), bad).toThrow();
    }
  });
});
