/**
 * Faithful to the originals: every sentence of each original (tests/fixtures/originals/, letterhead
 * and page footers aside) appears verbatim in the text of the PDF that `mandat build` prints for its
 * document, read back with pdftotext. A sentence that does not is a failure unless the named list of
 * exceptions (tests/originals.exceptions.ts, mirrored in docs/konvertering.md) gives its reason.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { build } from "../src/build.js";
import { compare, ORIGINALS, originalSentences, pdfFlat, type Comparison } from "./helpers/originals.js";
import { pdfText } from "./helpers/pdf.js";
import { BROWSER_TIMEOUT, REPO_ROOT, removeDir, tempDir } from "./helpers/repo.js";
import { EXCEPTIONS } from "./originals.exceptions.js";

let dir: string;
const results = new Map<string, Comparison>();

beforeAll(async () => {
  dir = await tempDir("originals");
  const result = await build({ root: REPO_ROOT, outDir: join(dir, "build") });
  if (!result.ok) throw new Error("build of the real documents failed");
  for (const { original, slug } of ORIGINALS) {
    const pdf = pdfFlat(await pdfText(join(dir, "build/pdf", `${slug}.pdf`), "raw"));
    results.set(original, compare(originalSentences(original), pdf, EXCEPTIONS[original] ?? []));
  }
  let total = 0;
  let verbatim = 0;
  let named = 0;
  const lines: string[] = [];
  for (const { original } of ORIGINALS) {
    const c = results.get(original)!;
    total += c.sentences;
    verbatim += c.verbatim;
    named += (EXCEPTIONS[original] ?? []).length;
    lines.push(`  ${original}: ${c.verbatim}/${c.sentences} ordagrant (${percent(c.verbatim, c.sentences)})`);
    for (const e of EXCEPTIONS[original] ?? []) lines.push(`    undantag: "${e.sentence}" – ${e.reason}`);
    for (const s of c.unexplained) lines.push(`    SAKNAS: "${s}"`);
  }
  console.log(
    [
      `Originalen mening för mening mot PDF:ernas text: ${verbatim}/${total} ordagrant (${percent(verbatim, total)}),`,
      `${named} namngivna undantag (etiketter och layout), ${percent(verbatim + named, total)} med undantagen.`,
      ...lines,
    ].join("\n"),
  );
}, BROWSER_TIMEOUT * 2);
afterAll(() => removeDir(dir));

function percent(part: number, whole: number): string {
  return `${((100 * part) / whole).toFixed(1)} %`;
}

describe("each original, sentence by sentence, in its PDF", () => {
  for (const { original, slug } of ORIGINALS) {
    it(`${original} → ${slug}.pdf: every sentence verbatim or a named exception`, () => {
      const c = results.get(original)!;
      expect(c.sentences).toBeGreaterThan(20);
      expect(c.unexplained, "sentences of the original that the PDF does not print and no exception names").toEqual([]);
      expect(c.stale.map((e) => e.sentence), "exceptions for sentences that the PDF now prints (or the original lacks)").toEqual([]);
    });
  }
});

describe("the exceptions are the conversion notes' own", () => {
  const notes = readFileSync(join(REPO_ROOT, "docs/konvertering.md"), "utf8");
  for (const [original, list] of Object.entries(EXCEPTIONS)) {
    for (const e of list) {
      it(`${original}: "${e.sentence}" is listed in docs/konvertering.md with its reason`, () => {
        expect(notes).toContain(`| ${original.slice(0, 3)} | ${e.sentence} | ${e.reason} |`);
      });
    }
  }
});

describe("the extraction of the originals", () => {
  it("keeps the originals' mistakes and takes away only letterhead and footers", () => {
    const council = originalSentences("002_d00c80be2910413f.txt");
    expect(council).toContain("konsekvenser för linjeorganisationen, både inom eget verksamhetsområde och näralliggande som kan påverkas, i sitt uppdrag.");
    expect(council).toContain("Datum för beslut: 2026-06-17 (ifylls av beslutsfattaren vid godkännande)");
    expect(council.join("\n")).not.toMatch(/Postadress|Residenset|regionstyrelsen@vgregion\.se/);
    expect(originalSentences("000_014d1c9c94ba5a9c.txt")).toContain("Diarienummer: SSN 2026–00233");
    const notes = originalSentences("003_099b6e9723f1b9e1.txt");
    expect(notes).toContain("Emelie Görlinge – Rehabilitering & Hälsa");
    expect(notes).toContain("Genomgång av agenda");
    expect(notes).toContain("Varmt välkommen Lena Lilja, administrativt stöd");
  });

  it("finds a changed word in a PDF's text", () => {
    const sentences = ["Gruppen ska beakta konsekvenser.", "Ett annat stycke."];
    const c = compare(sentences, "Gruppen ska beakta följder. Ett annat stycke.", []);
    expect(c.unexplained).toEqual(["Gruppen ska beakta konsekvenser."]);
    expect(c.verbatim).toBe(1);
  });
});
