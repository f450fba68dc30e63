/**
 * Time limits of a build, with the real binary (compiled, so rendering runs in its own thread):
 * a document whose HTML takes too long to render, or whose PDF takes too long to print, is a
 * `limits` diagnostic at that document; the other documents are still rendered, nothing is written.
 *
 * The slow document is not slowed by a hook: it is an 11 KB document with a table whose header has
 * 1,000 columns and 1,000 rows of one cell. Markdown → HTML fills every row up to the header's width,
 * so it becomes a million cells (seconds of work per rendering), while checking it stays cheap.
 */
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyRepo, REPO_ROOT, removeDir } from "./helpers/repo.js";

/** `mandat <args>` with the compiled binary, in `cwd`. */
function bin(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [join(REPO_ROOT, "bin/mandat.js"), ...args], { cwd, env: { ...process.env, NO_COLOR: "1" }, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) =>
      resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

const SLOW = 180_000;
const WIDE = "mandates/samordningsrad-infektion.md";

/** A table that is small to write and large to render: `columns` header cells, `rows` rows of one cell. */
export function wideTable(columns: number, rows: number): string {
  const cells = (text: string) => `|${Array.from({ length: columns }, () => text).join("|")}|\n`;
  return `${cells("k")}${cells("-")}${"|x|\n".repeat(rows)}`;
}

async function setLimits(root: string, limits: Record<string, number>): Promise<void> {
  const path = join(root, "mandat.config.json");
  const config = JSON.parse(await readFile(path, "utf8")) as Record<string, unknown>;
  await writeFile(path, JSON.stringify({ ...config, limits }, null, 2));
}

describe("build time limits per document", () => {
  let root: string;
  let original: string;
  beforeAll(async () => {
    root = await copyRepo("build-limits");
    original = await readFile(join(root, WIDE), "utf8");
  });
  afterAll(() => removeDir(root));

  it(
    "reports a document whose rendering passes limits.maxRenderSeconds at that document, renders the others, writes nothing",
    async () => {
      await writeFile(join(root, WIDE), `${original.trimEnd()}\n\n${wideTable(1000, 1000)}`);
      // The wide table takes about 8 s to render here; 3 s leaves the other documents (well under a
      // second each) room when the machine is busy with other tests (with 1 s, one of them went over).
      await setLimits(root, { maxRenderSeconds: 3 });
      const r = await bin(["build", "--no-cache"], root);
      expect(r.code).toBe(1);
      expect(r.stdout).toContain(
        `  ${WIDE}:1:1  fel  HTML-renderingen av dokumentet tog mer än gränsen 3 s och stoppades, så dokumentet byggs inte.  limits\n`,
      );
      expect(r.stdout).toContain("höj gränsen maxRenderSeconds under limits i mandat.config.json");
      // Only that document: the four others rendered within the limit.
      expect(r.stdout.match(/HTML-renderingen/g)).toHaveLength(1);
      expect(r.stdout).toContain("✖ 1 problem (1 fel, 0 varningar)");
      expect(r.stderr).toContain("Bygget avbröts på grund av fel; build är orörd.\n");
      expect(r.stderr).not.toContain("internt fel");
      expect(existsSync(join(root, "build"))).toBe(false);
      expect((await readdir(root)).filter((f) => f.startsWith(".build"))).toEqual([]);
    },
    SLOW,
  );

  it(
    "reports a document whose printing passes limits.maxPrintSeconds at that document and writes nothing",
    async () => {
      await writeFile(join(root, WIDE), original);
      await setLimits(root, { maxPrintSeconds: 0.001 });
      const r = await bin(["build", "--no-cache"], root);
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(/ {2}mandates\/\S+\.md:1:1 {2}fel {2}Utskriften av dokumentet till PDF tog mer än gränsen 0,001 s och stoppades, så bygget skrevs inte\. {2}limits\n/);
      expect(r.stdout).toContain("höj gränsen maxPrintSeconds under limits i mandat.config.json");
      expect(r.stderr).toContain("Bygget avbröts på grund av fel; build är orörd.\n");
      expect(r.stderr).not.toContain("internt fel");
      expect(existsSync(join(root, "build"))).toBe(false);
      expect((await readdir(root)).filter((f) => f.startsWith(".build"))).toEqual([]);
    },
    SLOW,
  );
});
