/**
 * The build runs the same check as `mandat check`, with its cache: after a check, a build takes
 * every document's result from the cache and parses each document again only to render it. On a
 * copy of the real repository, with real Chromium: such a build must write exactly what a build
 * without any cache writes, file for file and byte for byte (the shared standard text spliced in,
 * a council's own wording of it applied), and a warm rebuild too, with the site's diagram layouts
 * taken from the cache (or laid out again when an entry is damaged).
 */
import { createHash } from "node:crypto";
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { build, type BuildResult } from "../src/build.js";
import { check } from "../src/check.js";
import { pdfText } from "./helpers/pdf.js";
import { BROWSER_TIMEOUT, copyRepo, removeDir } from "./helpers/repo.js";

type Ok = Extract<BuildResult, { ok: true }>;

let root: string;

async function run(out: string, cache = true): Promise<Ok> {
  const result = await build({ root, outDir: out, cache });
  if (!result.ok) throw new Error(`build failed: ${result.check.diagnostics.map((d) => d.message).join("; ")}`);
  return result;
}

/** Every file of a build's output as relative path → sha256. */
async function files(out: string): Promise<Map<string, string>> {
  const dir = join(root, out);
  const names = ((await readdir(dir, { recursive: true, withFileTypes: true })) as import("node:fs").Dirent[])
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
  return new Map(await Promise.all(names.map(async (n) => [n, createHash("sha256").update(await readFile(join(dir, n))).digest("hex")] as const)));
}

function expectSameFiles(a: Map<string, string>, b: Map<string, string>): void {
  expect([...a.keys()]).toEqual([...b.keys()]);
  const differ = [...a].filter(([name, hash]) => b.get(name) !== hash).map(([name]) => name);
  expect(differ, "files that differ").toEqual([]);
}

const flat = (s: string) => s.replace(/\s+/g, " ").trim();

/** The layout entries of the build cache. */
async function layoutEntries(): Promise<string[]> {
  const dir = join(root, ".mandat-cache", "layout");
  const names = (await readdir(dir, { recursive: true }).catch(() => [])) as string[];
  return names.filter((n) => /^[0-9a-f]{64}$/.test(n.split("/").at(-1)!)).map((n) => join(dir, n));
}

describe("a build after a check", () => {
  let uncached: Map<string, string>;

  beforeAll(async () => {
    root = await copyRepo("build-check-cache");
    // The reference: no cache at all (the check's results and every PDF made in this run).
    await run("uncached", false);
    uncached = await files("uncached");
  }, BROWSER_TIMEOUT * 2);

  afterAll(() => removeDir(root));

  it(
    "takes every document's check result from the cache and writes byte for byte what an uncached build writes",
    async () => {
      const checked = await check({ root });
      expect(checked.cache).toEqual({ reused: 0, checked: 5 });

      const r = await run("build");
      expect(r.check.cache).toEqual({ reused: 5, checked: 0 });
      expect(r).toMatchObject({ pdfs: 5, printed: 5, reused: 0 });
      expect(r.check.diagnostics).toEqual(checked.diagnostics);
      expectSameFiles(await files("build"), uncached);

      // Rendered from the cached results: the shared text is in both councils' PDFs, each with its own wording.
      const infektion = flat(await pdfText(join(root, "build", "pdf", "samordningsrad-infektion.pdf")));
      const onkologi = flat(await pdfText(join(root, "build", "pdf", "samordningsrad-onkologi.pdf")));
      expect(infektion).toContain("näralliggande som kan påverkas");
      expect(onkologi).toContain("näraliggande som kan påverkas");
      const page = await readFile(join(root, "build", "dokument", "samordningsrad-infektion.html"), "utf8");
      expect(page).toContain("näralliggande som kan påverkas");
    },
    BROWSER_TIMEOUT * 2,
  );

  it(
    "rebuilds with nothing changed from the caches alone, and lays a diagram out again when its cache entry is damaged",
    async () => {
      const entries = await layoutEntries();
      expect(entries.length).toBeGreaterThan(0);
      const r = await run("build");
      expect(r.check.cache).toEqual({ reused: 5, checked: 0 });
      expect(r).toMatchObject({ pdfs: 5, printed: 0, reused: 5 });
      expectSameFiles(await files("build"), uncached);
      expect((await layoutEntries()).sort()).toEqual([...entries].sort());

      // A torn entry is not a layout: the diagram is laid out again and the entry rewritten.
      for (const entry of entries) await writeFile(entry, '{"width": 1, "chil');
      await run("build");
      expectSameFiles(await files("build"), uncached);
      for (const entry of entries) expect((await readFile(entry, "utf8")).startsWith('{"width": 1')).toBe(false);
    },
    BROWSER_TIMEOUT * 2,
  );
});
