import { readFileSync } from "node:fs";
import { symlink } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderableInputs } from "../../src/build.js";
import { check } from "../../src/check.js";
import { mdastToHtml } from "../../src/html/markdown.js";
import { plainText } from "../../src/parse/text.js";
import { copyMandates, locate, REPO, type Fixture } from "../helpers/fixture.js";
import { brief, diagnosticsAfter } from "../helpers/rules.js";

const INFEKTION = "mandates/samordningsrad-infektion.md";
const ONKOLOGI = "mandates/samordningsrad-onkologi.md";
const SHARED = "mandates/standardtexter/samordningsrad.md";
const DIRECTIVE = `<!-- mandat:include ${SHARED} -->`;
/** Column of the path in a directive at the start of a line. */
const PATH_COLUMN = "<!-- mandat:include ".length + 1;
/** Line of the include directive in a bundled council mandate. */
const directiveLine = (file: string) => locate(readFileSync(join(REPO, file), "utf8"), DIRECTIVE).line;

/** Add `values:` (YAML lines) to a council's frontmatter, before `documents:`; returns the text as written. */
async function addValues(fx: Fixture, file: string, lines: string[]): Promise<string> {
  await fx.replace(file, "\ndocuments:\n", `\nvalues:\n${lines.map((l) => `  ${l}\n`).join("")}documents:\n`);
  return fx.read(file);
}

describe("include", () => {
  it("accepts the real councils' include, and fills placeholders with values as plain text", async () => {
    const fx = await copyMandates();
    try {
      expect((await check({ root: fx.dir })).diagnostics.filter((d) => d.ruleId === "include")).toEqual([]);
      await fx.replace(SHARED, "## Kommunikation\n", "## Kommunikation\n\nRådet för {{område}} möts {{ ort }}.\n");
      await addValues(fx, INFEKTION, ["område: infektion", "ort: \"*i <b>Borås</b>*\""]);
      await addValues(fx, ONKOLOGI, ["område: onkologi", "ort: i Skövde"]);
      const result = await check({ root: fx.dir });
      expect(result.diagnostics.filter((d) => d.ruleId === "include")).toEqual([]);
      const sentence = (path: string) => {
        const tree = result.documents.find((d) => d.file.path === path)!.tree!;
        return tree.children.find((n) => plainText(n).startsWith("Rådet för"))!;
      };
      expect(plainText(sentence(ONKOLOGI))).toBe("Rådet för onkologi möts i Skövde.");
      // Markdown and HTML in a value stay text: no emphasis, no tag.
      expect(plainText(sentence(INFEKTION))).toBe("Rådet för infektion möts *i <b>Borås</b>*.");
      expect(mdastToHtml([sentence(INFEKTION) as never])).toBe("<p>Rådet för infektion möts *i &#x3C;b>Borås&#x3C;/b>*.</p>");
    } finally {
      await fx.remove();
    }
  });

  it("reports a shared text that does not exist, suggests the closest one, and keeps the other documents' diagnostics", async () => {
    const fx = await copyMandates();
    try {
      const at = await fx.replace(ONKOLOGI, `include ${SHARED}`, "include mandates/standardtexter/samordningsrd.md");
      await fx.replace(INFEKTION, "group: samordningsrad-infektion", "group: samordningsrad-infektio");
      const result = await check({ root: fx.dir });
      const ds = result.diagnostics.filter((d) => [INFEKTION, ONKOLOGI].includes(d.file) && d.severity === "error");
      expect(ds.map(brief)).toEqual([
        `${INFEKTION}:6:8 ${ds[0]!.message}`,
        `${ONKOLOGI}:${at.line}:${at.column + "include ".length} Den gemensamma texten mandates/standardtexter/samordningsrd.md finns inte. Menade du ${SHARED}?`,
      ]);
      expect(ds[0]!.ruleId).toBe("reference-exists");
      expect(ds[1]!.expected).toEqual([SHARED]);
      // The body lacks the shared text: no echo of missing headings, and never printed with a hole.
      expect(result.documents.find((d) => d.file.path === ONKOLOGI)!.incomplete).toBe(true);
      expect(renderableInputs(result).map((i) => i.path)).not.toContain(ONKOLOGI);
    } finally {
      await fx.remove();
    }
  });

  it("suggests the path from the root when it is written relative to mandates/", async () => {
    const ds = await diagnosticsAfter((fx) => fx.replace(ONKOLOGI, `include ${SHARED}`, "include standardtexter/samordningsrad.md"), { rule: "include" });
    expect(ds.map((d) => d.message)).toEqual([`Den gemensamma texten standardtexter/samordningsrad.md finns inte. Menade du ${SHARED}?`]);
  });

  it("refuses paths that escape the repository: .., absolute paths and symlinks pointing outside", async () => {
    const ds = await diagnosticsAfter(async (fx) => {
      await fx.replace(ONKOLOGI, DIRECTIVE, "<!-- mandat:include ../../etc/passwd -->");
      await fx.replace(INFEKTION, DIRECTIVE, "<!-- mandat:include /etc/passwd -->");
      await symlink("/etc/hostname", join(fx.dir, "mandates/standardtexter/ute.md"));
      await fx.write("mandates/standardtexter/inne.md", "<!-- mandat:include mandates/standardtexter/ute.md -->\n");
      await fx.replace("mandates/samordnande-grupp-utveckling-hos.md", "\n## Syfte med uppdraget", "\n<!-- mandat:include mandates/standardtexter/inne.md -->\n\n## Syfte med uppdraget");
    }, { rule: "include" });
    expect(ds.map(brief)).toEqual([
      `${INFEKTION}:${directiveLine(INFEKTION)}:${PATH_COLUMN} Sökvägen /etc/passwd är absolut; en inkludering får bara peka på filer i repositoriet.`,
      `${ONKOLOGI}:${directiveLine(ONKOLOGI)}:${PATH_COLUMN} Sökvägen ../../etc/passwd pekar utanför repositoriet.`,
      `mandates/standardtexter/inne.md:1:${PATH_COLUMN} mandates/standardtexter/ute.md är en symbolisk länk som pekar utanför repositoriet.`,
    ]);
  });

  it("names the chain of a two-step include cycle, once however many documents include it", async () => {
    const ds = await diagnosticsAfter(async (fx) => {
      await fx.write("mandates/standardtexter/a.md", "Text a.\n\n<!-- mandat:include mandates/standardtexter/b.md -->\n");
      await fx.write("mandates/standardtexter/b.md", "Text b.\n\n<!-- mandat:include mandates/standardtexter/a.md -->\n");
      for (const file of [INFEKTION, ONKOLOGI]) await fx.replace(file, DIRECTIVE, `${DIRECTIVE}\n\n<!-- mandat:include mandates/standardtexter/a.md -->`);
    }, { rule: "include" });
    expect(ds.map(brief)).toEqual([
      `mandates/standardtexter/b.md:3:${PATH_COLUMN} Inkluderingen bildar en cykel: mandates/standardtexter/a.md → mandates/standardtexter/b.md → mandates/standardtexter/a.md.`,
    ]);
  });

  it("reports a placeholder without a value at the placeholder in the shared text, naming the document", async () => {
    let text = "";
    let doc = "";
    const ds = await diagnosticsAfter(async (fx) => {
      await fx.replace(SHARED, "## Kommunikation\n", "## Kommunikation\n\nRådet för **{{område}}** i {{ort}}.\n");
      text = await fx.read(SHARED);
      await addValues(fx, INFEKTION, ["område: infektion", "ort: Borås"]);
      doc = await addValues(fx, ONKOLOGI, ["område: onkologi"]);
    }, { rule: "include" });
    const at = locate(text, "{{ort}}");
    const directive = locate(doc, SHARED, doc.indexOf(DIRECTIVE));
    expect(ds.map(brief)).toEqual([`${SHARED}:${at.line}:${at.column} Platshållaren {{ort}} har inget värde i values i ${ONKOLOGI}.`]);
    expect(ds[0]!.note).toBe(`Lägg till ort: … under values i frontmattern i ${ONKOLOGI}.`);
    expect(ds[0]!.related).toEqual([{ file: ONKOLOGI, place: expect.objectContaining({ start: expect.objectContaining(directive) }), message: "inkluderas här" }]);
  });

  it("reports a document without values at its include when the shared text has placeholders", async () => {
    const ds = await diagnosticsAfter(async (fx) => {
      await fx.replace(SHARED, "## Kommunikation\n", "## Kommunikation\n\nRådet för {{område}} i {{ort}}.\n");
      await addValues(fx, INFEKTION, ["område: infektion", "ort: Borås"]);
    }, { rule: "include" });
    expect(ds.map(brief)).toEqual([
      `${ONKOLOGI}:${directiveLine(ONKOLOGI)}:${PATH_COLUMN} ${SHARED} har platshållare ({{område}}, {{ort}}) men ${ONKOLOGI} har inget values i frontmattern.`,
    ]);
  });

  it("reports a value that no placeholder uses, at its key", async () => {
    let text = "";
    const ds = await diagnosticsAfter(async (fx) => {
      text = await addValues(fx, ONKOLOGI, ["område: onkologi"]);
    }, { rule: "include" });
    const at = locate(text, "område:");
    expect(ds.map(brief)).toEqual([`${ONKOLOGI}:${at.line}:${at.column} Värdet område i values används inte av någon inkluderad text.`]);
    expect(ds[0]!.note).toBe("Ta bort värdet, eller skriv {{område}} där det ska stå i den gemensamma texten.");
  });

  it("reports a directive that is not on a line of its own", async () => {
    let at = { line: 0, column: 0 };
    const ds = await diagnosticsAfter(async (fx) => {
      at = await fx.replace(ONKOLOGI, DIRECTIVE, `- ${DIRECTIVE}`);
    }, { rule: "include", lang: "en" });
    expect(ds.map(brief)).toEqual([`${ONKOLOGI}:${at.line}:3 An include must stand on a line of its own, outside lists and quotes, and have a path.`]);
  });
});
