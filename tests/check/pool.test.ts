/**
 * Many documents are checked by a worker pool on both cores (compiled mandat only; by default from
 * POOL_THRESHOLD documents on, with `--jobs 2` always): the diagnostics are the same as one
 * thread's, whatever the order the workers finish in.
 */
import { execFile } from "node:child_process";
import { cp, readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO_ROOT, removeDir, tempDir } from "../helpers/repo.js";

const run = promisify(execFile);
const BIN = join(REPO_ROOT, "bin/mandat.js");
let root: string;

/** `mandat check --format json` as a user runs it; exit 1 is fine (the corpus has one planted error). */
async function checkJson(args: string[]): Promise<string> {
  const r = await run("node", [BIN, "check", "--format", "json", ...args], { cwd: root, maxBuffer: 64 << 20 }).catch((e: { stdout: string; code: number }) => {
    if (e.code !== 1) throw e;
    return e;
  });
  return r.stdout;
}

describe("the worker pool", () => {
  beforeAll(async () => {
    // The real documents, cloned under fresh group ids until there are enough for the pool.
    root = await tempDir("pool");
    await cp(join(REPO_ROOT, "mandates"), join(root, "mandates"), { recursive: true });
    await cp(join(REPO_ROOT, "mandat.config.json"), join(root, "mandat.config.json"));
    const originals = (await readdir(join(REPO_ROOT, "mandates"))).filter((f) => f.endsWith(".md")).sort();
    let groups = await readFile(join(root, "mandates/registry/groups.yaml"), "utf8");
    // `--jobs 2` runs the pool for any number of documents, so a few dozen show it. Clone 25 (of
    // samordningsgrupp-medicinska-biblioteksfragor) gets a misspelt heading.
    for (let i = 0; i < 40; i++) {
      const source = originals[i % originals.length]!;
      const id = `${source.replace(/\.md$/, "")}-${i}`;
      groups += `- id: ${id}\n  name: Klonad grupp ${i}\n  kind: koncernövergripande grupp\n`;
      let text = (await readFile(join(REPO_ROOT, "mandates", source), "utf8")).replace(/^group: .*$/m, `group: ${id}`);
      if (i === 25) text = text.replace("## Kommunikation", "## Kommunikatoin");
      await writeFile(join(root, "mandates", `${id}.md`), text);
    }
    await writeFile(join(root, "mandates/registry/groups.yaml"), groups);
  }, 60_000);
  afterAll(() => removeDir(root));

  it("finds exactly what one thread finds", async () => {
    const one = await checkJson(["--no-cache", "--jobs", "1"]);
    const two = await checkJson(["--no-cache", "--jobs", "2"]);
    expect(JSON.parse(two)).toEqual(JSON.parse(one));
    const found = (JSON.parse(one) as { file: string; ruleId: string }[]).map((d) => `${d.file} ${d.ruleId}`);
    expect(found).toContain(`${found.find((f) => f.includes("-25.md"))?.split(" ")[0]} required-sections`);
  }, 120_000);

  it("keeps in the cache, as the workers send them, results a warm run reads back unchanged", async () => {
    // Results stay text while the workers run and become objects only after (check/pool.ts): the
    // pack they fill must give a warm run exactly what one thread finds without any cache.
    await removeDir(join(root, ".mandat-cache"));
    const one = JSON.parse(await checkJson(["--no-cache", "--jobs", "1"])) as unknown[];
    const cold = JSON.parse(await checkJson(["--jobs", "2"])) as unknown[];
    const warm = JSON.parse(await checkJson(["--jobs", "2"])) as unknown[];
    expect(cold).toEqual(one);
    expect(warm).toEqual(one);
    expect(one.length).toBeGreaterThan(0);
    const pack = await readFile(join(root, ".mandat-cache/check/pack/results"), "latin1");
    expect(pack.split("\n").filter((line) => line.endsWith("\t$")).length).toBeGreaterThanOrEqual(45);
  }, 120_000);
});
