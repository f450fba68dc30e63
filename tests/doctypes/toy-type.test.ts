/**
 * A third document type added from a fixture folder (tests/fixtures/toy-type) and nothing else: the
 * pipeline validates it against its own schema, runs the rules on it, prints its PDF and lists it
 * on the site. No module of src/ knows it.
 */
import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { build, type BuildResult } from "../../src/build.js";
import { check } from "../../src/check.js";
import { docTypes } from "../../src/doctypes/index.js";
import toy from "../fixtures/toy-type/doctype.js";
import { pdfText } from "../helpers/pdf.js";
import { project, replace, type Project } from "../helpers/project.js";
import { BROWSER_TIMEOUT } from "../helpers/repo.js";

const TYPES = [...docTypes, toy];
const DOC = "mandates/beslut/2026-03-01-beslut-styrgrupp-alfa.md";
const SOURCE = readFileSync(new URL("../fixtures/toy-type/2026-03-01-beslut-styrgrupp-alfa.md", import.meta.url), "utf8");

const brief = (d: { file: string; place?: { start: { line: number; column: number } }; ruleId: string; message: string }) =>
  `${d.file}:${d.place?.start.line}:${d.place?.start.column} ${d.ruleId} ${d.message}`;

describe("a toy third document type", () => {
  it("is checked clean when registered, and is an unknown type when not", async () => {
    const p = await project({ [DOC]: SOURCE });
    try {
      const withToy = await check({ root: p.root, docTypes: TYPES, today: "2026-11-23" });
      expect(withToy.diagnostics.map(brief)).toEqual([]);
      expect(withToy.documents.find((d) => d.path === DOC)?.type).toBe("beslut");

      const without = await check({ root: p.root, today: "2026-11-23" });
      expect(without.diagnostics.map(brief)).toEqual([`${DOC}:2:7 frontmatter Okänd dokumenttyp "beslut".`]);
      expect(without.diagnostics[0]!.note).toBe("Dokumenttyper: uppdragshandling, motesanteckning.");
      expect(without.diagnostics[0]!.messageId).toBe("unknownType");
    } finally {
      await p.remove();
    }
  });

  it("is validated against its own schema and its references are checked by the rules", async () => {
    const p = await project({
      [DOC]: SOURCE.replace("date: 2026-03-01", "date: 2026-13-01").replace("group: styrgrupp-alfa", "group: styrgrupp-alda"),
    });
    try {
      const result = await check({ root: p.root, docTypes: TYPES, today: "2026-11-23" });
      expect(result.diagnostics.map(brief)).toEqual([
        `${DOC}:4:8 reference-exists Gruppen styrgrupp-alda finns inte i registret. Menade du styrgrupp-alfa?`,
        `${DOC}:5:7 schema Datum "2026-13-01" är inte ett giltigt datum (ÅÅÅÅ-MM-DD).`,
      ]);
    } finally {
      await p.remove();
    }
  });

  it("gets the required-sections rule from its own list of headings", async () => {
    const p = await project({ [DOC]: SOURCE.replace("## Beslut", "## Besult") });
    try {
      const result = await check({ root: p.root, docTypes: TYPES, today: "2026-11-23" });
      expect(result.diagnostics.filter((d) => d.ruleId === "required-sections").map((d) => [d.file, d.place?.start.line, d.messageId])).toEqual([[DOC, 9, "missingSuggest"]]);
    } finally {
      await p.remove();
    }
  });

  describe("rendered", () => {
    let p: Project;
    let result: BuildResult;
    beforeAll(async () => {
      p = await project({ [DOC]: SOURCE, "mandates/styrgrupp-alfa.md": replace("Styrgruppen samordnar", "Styrgruppen samordnar") });
      result = await build({ root: p.root, outDir: "build", docTypes: TYPES });
    }, BROWSER_TIMEOUT);
    afterAll(() => p?.remove());

    it("prints its PDF from its own template", async () => {
      expect(result.ok).toBe(true);
      const text = await pdfText(join(p.root, "build/pdf/2026-03-01-beslut-styrgrupp-alfa.pdf"));
      expect(text).toContain("Beslut om ny arbetsgrupp");
      expect(text).toContain("Beslut 2026-03-01, RS 2026-00042, Styrgrupp alfa");
      expect(text).toContain("Styrgrupp alfa inrättar en ny arbetsgrupp för leksaksfrågor.");
    });

    it("has its page and a section of its own on the register", async () => {
      const index = await readFile(join(p.root, "build/index.html"), "utf8");
      expect(index).toContain("<h2>Beslut</h2>");
      expect(index).toContain('<a href="dokument/2026-03-01-beslut-styrgrupp-alfa.html">2026-03-01 – Beslut om ny arbetsgrupp</a>');
      expect(index).toContain("1 beslut");
      const page = await readFile(join(p.root, "build/dokument/2026-03-01-beslut-styrgrupp-alfa.html"), "utf8");
      expect(page).toContain('<p class="toy-meta">Beslut 2026-03-01, RS 2026-00042, Styrgrupp alfa</p>');
    });
  });
});
