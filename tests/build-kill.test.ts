/**
 * A build killed with SIGKILL at 20 random moments (the real binary, real Chromium, the real
 * documents): after each kill the output folder is exactly the previous complete build or the new
 * complete build, and no process that build started lives on; after the next build no temporary
 * folder or file is left (Chromium profiles, `.build-*` staging and old folders, the lock, the
 * cache's half-written entries).
 *
 * The builds replace the output folder with the native exchange (renameat2 RENAME_EXCHANGE, one
 * system call), so no moment leaves no build at all: every finished build says so (MANDAT_DEBUG=1
 * prints how the folder was swapped). CI builds the addon in scripts/setup.sh; without it this test
 * fails and says why.
 *
 * The moments are spread over a whole build (start, check, Chromium's start, printing, writing the
 * site, the swap): one moment drawn in each twentieth of a measured build's time. They come from a
 * seeded generator; the seed is printed, and MANDAT_KILL_SEED=<seed> repeats a run.
 */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXCHANGE_ADDON, exchangeLoadError } from "../src/site/write.js";
import { copyRepo, REPO_ROOT, removeDir } from "./helpers/repo.js";

const BIN = join(REPO_ROOT, "bin/mandat.js");
/** What MANDAT_DEBUG=1 makes `mandat build` print when the folder was swapped in one system call. */
const EXCHANGED = "Utmappen byttes i ett steg (renameat2 RENAME_EXCHANGE).\n";
const KILLS = 20;
/** The machine is shared and can be slow: the test's time limit is generous, its work is not. */
const LIMIT = 15 * 60_000;

/** mulberry32: a small seeded generator, so that a failing sequence of kills can be repeated. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Every file of a folder (relative path → sha256), sorted: a complete build is one such manifest. */
async function manifest(dir: string): Promise<string> {
  const lines: string[] = [];
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => undefined);
  if (!entries) return "(no folder)";
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    lines.push(`${relative(dir, path)} ${createHash("sha256").update(await readFile(path)).digest("hex")}`);
  }
  return lines.sort().join("\n");
}

/** Ids of running processes whose environment holds `marker` (everything one build started inherits it). */
async function processesWith(marker: string): Promise<{ pid: number; cmd: string }[]> {
  const found: { pid: number; cmd: string }[] = [];
  for (const name of await readdir("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    // A process that ends while it is read, or a zombie (empty environment), is not running.
    const env = await readFile(`/proc/${name}/environ`).catch(() => undefined);
    if (!env || !env.toString("latin1").split("\0").includes(marker)) continue;
    const cmd = await readFile(`/proc/${name}/cmdline`, "latin1").catch(() => "");
    found.push({ pid: Number(name), cmd: cmd.replaceAll("\0", " ").slice(0, 200) });
  }
  return found;
}

/** Waits until no process holds `marker` (Chromium notices that its pipe closed), at most `ms`. */
async function survivors(marker: string, ms: number): Promise<{ pid: number; cmd: string }[]> {
  const until = Date.now() + ms;
  for (;;) {
    const left = await processesWith(marker);
    if (left.length === 0 || Date.now() > until) return left;
    await new Promise((r) => setTimeout(r, 100));
  }
}

interface Finished {
  code: number | null;
  signal: NodeJS.Signals | null;
  ms: number;
  stderr: string;
  /** When each line of stderr came (ms after the start): the build's progress. */
  lines: number[];
}

/** When to kill: `delay` ms after the build's `afterLines`-th line of progress on stderr (0: its start). */
interface KillPlan {
  afterLines: number;
  delay: number;
}

/** `mandat build` in `root`; killed with SIGKILL as `kill` says, unless it is done before. */
function build(root: string, tmp: string, marker: string, args: string[], kill?: KillPlan): Promise<Finished> {
  const started = performance.now();
  const [key, value] = marker.split("=") as [string, string];
  const child = spawn(process.execPath, [BIN, "build", ...args], {
    cwd: root,
    env: { ...process.env, NO_COLOR: "1", MANDAT_DEBUG: "1", TMPDIR: tmp, [key]: value },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let timer: NodeJS.Timeout | undefined;
  const arm = (): void => void (timer = setTimeout(() => child.kill("SIGKILL"), kill!.delay));
  if (kill?.afterLines === 0) arm();
  let stderr = "";
  const lines: number[] = [];
  child.stderr!.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
    while (lines.length < (stderr.match(/\n/g)?.length ?? 0)) {
      lines.push(performance.now() - started);
      if (kill && lines.length === kill.afterLines) arm();
    }
  });
  return new Promise((resolve) =>
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, ms: performance.now() - started, stderr, lines });
    }),
  );
}

/**
 * The kill plan for a moment `at` ms into a build like `sample`: the last line of progress before
 * it, and the time from there. Anchored to progress, the moments keep their place in the build
 * (check, printing, writing) when the machine is slower or faster than during the sample.
 */
function planFor(at: number, sample: Finished): KillPlan {
  let afterLines = 0;
  while (afterLines < sample.lines.length && sample.lines[afterLines]! <= at) afterLines++;
  return { afterLines, delay: Math.round(at - (afterLines === 0 ? 0 : sample.lines[afterLines - 1]!)) };
}

describe("a build killed with SIGKILL", () => {
  let root: string;
  beforeAll(async () => {
    root = await copyRepo("build-kill");
  });
  afterAll(() => removeDir(root));

  it(
    `leaves the old or the new complete build, no process and (after the next build) no temporary folder, at ${KILLS} random moments`,
    async () => {
      const seed = Number(process.env.MANDAT_KILL_SEED ?? Math.floor(Math.random() * 2 ** 31));
      console.log(`SIGKILL test: seed ${seed} (MANDAT_KILL_SEED=${seed} repeats these kill moments)`);
      const random = generator(seed);
      const out = join(root, "build");
      const tmp = join(root, "tmp");
      await mkdir(tmp);

      // Two versions of the documents, so that the old and the new build differ.
      const changed = join(root, "mandates/samordningsrad-onkologi.md");
      const original = await readFile(changed, "utf8");
      const versions = { A: original, B: `${original.trimEnd()}\n\nEn mening som bara finns i version B av dokumentet.\n` };
      const known = new Map<string, "A" | "B">();
      let runs = 0;
      const marker = () => `MANDAT_KILL_TEST=${seed}-${++runs}`;

      // The complete builds of both versions, and how long a build takes here and now.
      let sample: Finished | undefined;
      for (const version of ["A", "B"] as const) {
        await writeFile(changed, versions[version]);
        sample = await build(root, tmp, marker(), ["--no-cache"]);
        expect(sample.code, sample.stderr).toBe(0);
        known.set(await manifest(out), version);
      }
      expect(known.size).toBe(2);
      // The second build replaced the first: in one step, or this test would not test that.
      const missing = exchangeLoadError();
      expect(
        sample!.stderr,
        `the build did not swap the output folder with RENAME_EXCHANGE${missing ? ` (the native addon ${EXCHANGE_ADDON} cannot be loaded: ${(missing as Error).message ?? missing}; build it with \`npm run build:native\`, as scripts/setup.sh does)` : ""}`,
      ).toContain(EXCHANGED);

      let current: "A" | "B" = "B";
      let written: "A" | "B" = "B";
      const seen = { old: 0, new: 0, finished: 0 };
      for (let i = 0; i < KILLS; i++) {
        const target = current === "A" ? "B" : "A";
        await writeFile(changed, versions[target]);
        written = target;
        // One moment in each twentieth of a build (a little past the end, so that some builds finish).
        const at = Math.round(((i + random()) / KILLS) * sample!.ms * 1.05);
        const plan = planFor(at, sample!);
        const tag = marker();
        // Every fourth build keeps the cache: a kill can then fall while an entry is written too.
        const cached = i % 4 === 3;
        const run = await build(root, tmp, tag, cached ? [] : ["--no-cache"], plan);
        const found = await manifest(out);
        const now = known.get(found);
        const what = `kill ${i + 1}/${KILLS}${cached ? " (cache on)" : ""} at ${at} ms = ${plan.delay} ms after progress line ${plan.afterLines} (seed ${seed}): ${run.signal ?? `exit ${run.code}`}`;
        // Exactly the previous complete build or the new one, nothing in between, never nothing (with
        // the exchange there is no moment without a folder at --out, not even between two renames).
        expect(found, `${what}: no build at all at the output folder`).not.toBe("(no folder)");
        expect(now, `${what}: the output folder is neither build ${current} nor build ${target}`).toBeDefined();
        if (run.signal === null) {
          expect(run.code, `${what}: ${run.stderr}`).toBe(0);
          expect(now, what).toBe(target);
          expect(run.stderr, what).toContain(EXCHANGED);
          seen.finished++;
        } else {
          expect(run.signal, what).toBe("SIGKILL");
          seen[now === current ? "old" : "new"]++;
        }
        // Nothing that build started outlives it (Chromium's browser, zygote, renderers, helpers).
        expect(await survivors(tag, 10_000), `${what}: processes left running`).toEqual([]);
        console.log(`${what} → build ${now}${now === current ? " (the old one)" : " (the new one)"}`);
        current = now!;
      }
      console.log(`SIGKILL test: ${seen.old} kills left the old build, ${seen.new} the new one, ${seen.finished} builds finished first`);
      // Most moments fall inside a build: the kills are not all after the end.
      expect(seen.old + seen.new).toBeGreaterThanOrEqual(KILLS / 2);

      // The next build cleans up whatever the killed ones left.
      const next = await build(root, tmp, marker(), []);
      expect(next.code, next.stderr).toBe(0);
      expect((await readdir(root)).sort()).toEqual([".mandat-cache", "build", "mandat.config.json", "mandates", "tmp"]);
      expect(await readdir(tmp)).toEqual([]);
      const cacheFiles = (await readdir(join(root, ".mandat-cache"), { recursive: true })) as string[];
      expect(cacheFiles.filter((f) => f.endsWith(".tmp"))).toEqual([]);
      expect(known.get(await manifest(out))).toBe(written);
    },
    LIMIT,
  );
});
