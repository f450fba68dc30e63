/**
 * The PDF cache on a copy of the real repository, with real Chromium and real PDFs: a rebuild
 * prints exactly the documents whose print HTML changed and reuses the others byte for byte.
 * The steps build on each other (one copy, one cache), so they run in order.
 */
import { existsSync } from "node:fs";
import { readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { build, type BuildOptions, type BuildProgress, type BuildResult } from "../src/build.js";
import { decodeEntry } from "../src/pdf/cache.js";
import { cli } from "./helpers/fixture.js";
import { pdfText } from "./helpers/pdf.js";
import { BROWSER_TIMEOUT, copyRepo, removeDir } from "./helpers/repo.js";

const SLUGS = [
  "2026-02-19-samordnande-grupp-utveckling-hos",
  "samordnande-grupp-utveckling-hos",
  "samordningsgrupp-medicinska-biblioteksfragor",
  "samordningsrad-infektion",
  "samordningsrad-onkologi",
];
const COUNCILS = ["samordningsrad-infektion", "samordningsrad-onkologi"];

type Ok = Extract<BuildResult, { ok: true }>;
type Pdfs = Record<string, Buffer>;

const flat = (s: string) => s.replace(/\s+/g, " ").trim();

let root: string;
/** The PDFs of the latest build, to compare the next one with. */
let previous: Pdfs;

/** Build `root` into `out` (relative to root); returns the result, the slugs printed and the PDFs. */
async function run(out: string, options: Partial<BuildOptions> = {}): Promise<{ result: Ok; printed: string[]; reused: string[]; pdfs: Pdfs }> {
  const events: BuildProgress[] = [];
  const result = await build({ root, outDir: out, onProgress: (e) => events.push(e), ...options });
  if (!result.ok) throw new Error(`build failed: ${result.check.diagnostics.map((d) => d.message).join("; ")}`);
  const pdfEvents = events.flatMap((e) => (e.type === "pdf" ? [e] : []));
  return {
    result,
    printed: pdfEvents.filter((e) => !e.reused).map((e) => e.slug).sort(),
    reused: pdfEvents.filter((e) => e.reused).map((e) => e.slug).sort(),
    pdfs: await readPdfs(join(root, out)),
  };
}

async function readPdfs(out: string): Promise<Pdfs> {
  const files = (await readdir(join(out, "pdf"))).sort();
  expect(files).toEqual(SLUGS.map((s) => `${s}.pdf`));
  return Object.fromEntries(await Promise.all(SLUGS.map(async (s) => [s, await readFile(join(out, "pdf", `${s}.pdf`))] as const)));
}

/** Every entry file of the PDF cache, as path → bytes. */
async function cacheEntries(): Promise<Map<string, Buffer>> {
  const dir = join(root, ".mandat-cache", "pdf");
  const entries = new Map<string, Buffer>();
  if (!existsSync(dir)) return entries;
  for (const name of (await readdir(dir, { recursive: true })) as string[]) {
    const path = join(dir, name);
    if (/^[0-9a-f]{64}$/.test(name.split("/").at(-1)!)) entries.set(path, await readFile(path));
  }
  return entries;
}

/** The cache entry whose PDF is `pdf`. */
async function entryOf(pdf: Buffer): Promise<string> {
  const found = [...(await cacheEntries())].filter(([, bytes]) => decodeEntry(bytes)?.equals(pdf));
  expect(found).toHaveLength(1);
  return found[0]![0];
}

function expectSame(a: Pdfs, b: Pdfs, slugs: string[]): void {
  for (const slug of slugs) expect(a[slug]!.equals(b[slug]!), `${slug}.pdf should be byte-identical`).toBe(true);
}

async function edit(rel: string, from: string, to: string): Promise<void> {
  const file = join(root, rel);
  const text = await readFile(file, "utf8");
  expect(text).toContain(from);
  await writeFile(file, text.replace(from, to));
}

describe("the PDF cache", () => {
  beforeAll(async () => {
    root = await copyRepo("build-cache");
    const cold = await run("build");
    expect(cold.result).toMatchObject({ pdfs: 5, reused: 0, printed: 5, damaged: 0 });
    expect((await cacheEntries()).size).toBe(5);
    previous = cold.pdfs;
  }, BROWSER_TIMEOUT * 2);

  afterAll(() => removeDir(root));

  it(
    "--no-cache prints every PDF, byte-identical to the cached build, and leaves the cache as it was",
    async () => {
      const before = await cacheEntries();
      const r = await cli(["build", "--no-cache", "--out", "uncached"], root, { PATH: process.env.PATH });
      expect(r.code).toBe(0);
      expect(r.stderr).toMatch(/^Klart: 5 dokument, 5 PDF:er \(0 återanvända, 5 utskrivna\) och webbplatsen i uncached\/ på \d+\.\d s\.$/m);
      expect(r.stderr).not.toContain("återanvänd)");
      expectSame(await readPdfs(join(root, "uncached")), previous, SLUGS);
      const after = await cacheEntries();
      expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
      for (const [path, bytes] of after) expect(bytes.equals(before.get(path)!)).toBe(true);
    },
    BROWSER_TIMEOUT,
  );

  it(
    "after one edit to one mandate prints exactly that PDF, with the new words, and reuses the rest byte for byte",
    async () => {
      const slug = "samordningsgrupp-medicinska-biblioteksfragor";
      await edit(`mandates/${slug}.md`, "Gruppen består av representanter från centrala funktioner", "Gruppen granskar tidskriftsavtalen varje höst. Gruppen består av representanter från centrala funktioner");
      const r = await run("build");
      expect(r.result).toMatchObject({ pdfs: 5, reused: 4, printed: 1, damaged: 0 });
      expect(r.printed).toEqual([slug]);
      expect(r.reused).toEqual(SLUGS.filter((s) => s !== slug));
      expectSame(r.pdfs, previous, r.reused);
      expect(r.pdfs[slug]!.equals(previous[slug]!)).toBe(false);
      const file = join(root, "build", "pdf", `${slug}.pdf`);
      expect(flat(await pdfText(file))).toContain("Gruppen granskar tidskriftsavtalen varje höst.");
      expect((await cacheEntries()).size).toBe(6);
      // The CLI says so too; everything is cached now, so no browser is needed for this one.
      const again = await cli(["build", "--out", "again"], root, { PATH: process.env.PATH });
      expect(again.code).toBe(0);
      expect(again.stderr).toContain(`PDF mandates/${slug}.md (återanvänd)\n`);
      expect(again.stderr).toMatch(/^Klart: 5 dokument, 5 PDF:er \(5 återanvända, 0 utskrivna\) och webbplatsen i again\/ på \d+\.\d s\.$/m);
      expectSame(await readPdfs(join(root, "again")), r.pdfs, SLUGS);
      previous = r.pdfs;
    },
    BROWSER_TIMEOUT,
  );

  it(
    "after a change to the shared text samordningsrad.md reprints exactly the two councils",
    async () => {
      await edit(
        "mandates/standardtexter/samordningsrad.md",
        "Uppdraget är av intern karaktär",
        "Rådet redovisar sitt arbete i en årsberättelse. Uppdraget är av intern karaktär",
      );
      const r = await run("build");
      expect(r.result).toMatchObject({ pdfs: 5, reused: 3, printed: 2, damaged: 0 });
      expect(r.printed).toEqual(COUNCILS);
      expectSame(r.pdfs, previous, r.reused);
      for (const slug of COUNCILS) {
        expect(r.pdfs[slug]!.equals(previous[slug]!)).toBe(false);
        expect(flat(await pdfText(join(root, "build", "pdf", `${slug}.pdf`)))).toContain("Rådet redovisar sitt arbete i en årsberättelse.");
      }
      previous = r.pdfs;
    },
    BROWSER_TIMEOUT,
  );

  it(
    "does not serve a truncated or altered cache entry: prints that document again and repairs the entry",
    async () => {
      const [truncated, altered] = ["samordnande-grupp-utveckling-hos", "samordningsrad-onkologi"];
      const truncatedEntry = await entryOf(previous[truncated]!);
      const alteredEntry = await entryOf(previous[altered]!);
      const whole = await readFile(truncatedEntry);
      await writeFile(truncatedEntry, whole.subarray(0, whole.length - 1000));
      // Same length, still starts with %PDF- and ends with %%EOF: only the recorded sha256 can tell.
      const bytes = Buffer.from(await readFile(alteredEntry));
      const at = bytes.indexOf("/Title");
      expect(at).toBeGreaterThan(0);
      bytes[at + 2] = bytes[at + 2] === 0x61 ? 0x62 : 0x61;
      await writeFile(alteredEntry, bytes);

      // Through the command line, which says what happened.
      const r = await cli(["build"], root, { PATH: process.env.PATH });
      expect(r.code).toBe(0);
      expect(r.stderr).toContain("2 cachade PDF:er var skadade och skrevs ut på nytt (cachen i .mandat-cache/ är lagad).\n");
      expect(r.stderr).toMatch(/^Klart: 5 dokument, 5 PDF:er \(3 återanvända, 2 utskrivna\) /m);
      const printed = [...r.stderr.matchAll(/^\[\d\/5\] PDF mandates\/(.*)\.md$/gm)].map((m) => m[1]).sort();
      expect(printed).toEqual([truncated, altered].sort());
      expectSame(await readPdfs(join(root, "build")), previous, SLUGS);
      expect(decodeEntry(await readFile(truncatedEntry))?.equals(previous[truncated]!)).toBe(true);
      expect(decodeEntry(await readFile(alteredEntry))?.equals(previous[altered]!)).toBe(true);
    },
    BROWSER_TIMEOUT,
  );

  it(
    "survives a deleted cache folder, and two builds sharing one cache at the same time both succeed with identical PDFs",
    async () => {
      await rm(join(root, ".mandat-cache"), { recursive: true, force: true });
      // One page each, so the two browsers together keep the two cores busy and no more.
      const [a, b] = await Promise.all([run("out-a", { printer: { concurrency: 1 } }), run("out-b", { printer: { concurrency: 1 } })]);
      for (const r of [a, b]) {
        expect(r.result).toMatchObject({ pdfs: 5, damaged: 0 });
        expect(r.result.printed + r.result.reused).toBe(5);
        expectSame(r.pdfs, previous, SLUGS);
      }
      const entries = await cacheEntries();
      expect(entries.size).toBe(5);
      for (const bytes of entries.values()) expect(decodeEntry(bytes)).toBeDefined();
      // No temporary file of either writer is left in the cache.
      const all = (await readdir(join(root, ".mandat-cache"), { recursive: true })) as string[];
      expect(all.filter((f) => f.endsWith(".tmp"))).toEqual([]);
      // The cache they filled serves the next build whole.
      const next = await run("build");
      expect(next.result).toMatchObject({ reused: 5, printed: 0 });
      expectSame(next.pdfs, previous, SLUGS);
    },
    BROWSER_TIMEOUT * 2,
  );
});
