/**
 * Interrupted and concurrent builds, with the real binary (bin/mandat.js runs dist/: `npm test`
 * compiles it first): one build per output folder, Ctrl-C/kill clean up, SIGKILL leaves no browser
 * behind, and the next build removes what a killed one left.
 */
import { execFile, spawn, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cli } from "./helpers/fixture.js";
import { copyRepo, REPO_ROOT, removeDir } from "./helpers/repo.js";

const BIN = join(REPO_ROOT, "bin/mandat.js");
const SLOW = 120_000;

interface Run {
  child: ChildProcess;
  stderr: () => string;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** `mandat build …` in `root`, with its own temporary folder (where its Chromium profile goes). */
function start(root: string, tmp: string, args: string[] = []): Run {
  const child = spawn(process.execPath, [BIN, "build", ...args], { cwd: root, env: { ...process.env, NO_COLOR: "1", TMPDIR: tmp }, stdio: ["ignore", "pipe", "pipe"] });
  let stderr = "";
  child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout!.resume();
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on("close", (code, signal) => resolve({ code, signal })));
  return { child, stderr: () => stderr, exit };
}

/** Resolves once `text` is on the run's stderr (printing has started at "[1/"). */
async function waitFor(run: Run, text: string, ms = 90_000): Promise<void> {
  const until = Date.now() + ms;
  while (!run.stderr().includes(text)) {
    if (Date.now() > until || run.child.exitCode !== null) throw new Error(`"${text}" never came; stderr: ${run.stderr()}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Command lines of running processes that use a Chromium profile in `tmp`. */
async function browsersIn(tmp: string): Promise<string[]> {
  const { stdout } = await promisify(execFile)("ps", ["-eo", "args"], { maxBuffer: 16 * 1024 * 1024 });
  return stdout.split("\n").filter((line) => line.includes(join(tmp, "mandat-chromium-")));
}

/** Every file of a folder with its sha256. */
async function snapshot(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(relative(dir, path), createHash("sha256").update(await readFile(path)).digest("hex"));
  }
  return files;
}

async function expectComplete(out: string): Promise<void> {
  expect((await readdir(join(out, "pdf"))).filter((f) => f.endsWith(".pdf"))).toHaveLength(5);
  expect(existsSync(join(out, "index.html"))).toBe(true);
}

describe("interrupted and concurrent builds", () => {
  let root: string;
  beforeAll(async () => {
    root = await copyRepo("build-interrupt");
  });
  afterAll(() => removeDir(root));

  /** A fresh temporary folder for one run's Chromium profile. */
  let n = 0;
  const tmpFor = async (): Promise<string> => {
    const dir = join(root, `tmp-${++n}`);
    await mkdir(dir);
    return dir;
  };
  /** What lies next to the output folder besides it, the sources and the caches. */
  const leftovers = async (): Promise<string[]> => (await readdir(root)).filter((f) => f.startsWith(".build"));

  it(
    "lets one of two concurrent builds into the same folder run, and refuses the other at once (exit 2)",
    async () => {
      const tmp = await tmpFor();
      const runs = [start(root, tmp), start(root, tmp)];
      const exits = await Promise.all(runs.map((r) => r.exit));
      const codes = exits.map((e) => e.code).sort();
      expect(codes).toEqual([0, 2]);
      const refused = runs[exits.findIndex((e) => e.code === 2)]!;
      expect(refused.stderr()).toMatch(/^mandat: Ett annat bygge \(process \d+, startat .*\) skriver redan till .*build\. Vänta tills det är klart och kör sedan igen\.\n$/);
      await expectComplete(join(root, "build"));
      expect(await leftovers()).toEqual([]);
      expect(await readdir(tmp)).not.toContainEqual(expect.stringMatching(/^mandat-chromium-/));
    },
    SLOW,
  );

  it(
    "stops on SIGTERM while printing: exit 143, Chromium gone, no temporary folder or lock, the previous build unchanged",
    async () => {
      const out = join(root, "build");
      await expectComplete(out);
      const before = await snapshot(out);
      const tmp = await tmpFor();
      const run = start(root, tmp, ["--no-cache"]);
      await waitFor(run, "[1/");
      run.child.kill("SIGTERM");
      const exit = await run.exit;
      expect(exit.code).toBe(143);
      expect(run.stderr()).toContain("Bygget avbröts (SIGTERM); build är orörd.\n");
      expect(run.stderr()).not.toContain("internt fel");
      expect(await browsersIn(tmp)).toEqual([]);
      expect(await leftovers()).toEqual([]);
      expect((await readdir(tmp)).filter((f) => f.startsWith("mandat-chromium-"))).toEqual([]);
      expect(await snapshot(out)).toEqual(before);
    },
    SLOW,
  );

  it(
    "leaves no Chromium behind when killed with SIGKILL, and the next build removes what it left",
    async () => {
      const out = join(root, "build");
      const before = await snapshot(out);
      const tmp = await tmpFor();
      const run = start(root, tmp, ["--no-cache"]);
      await waitFor(run, "[1/");
      expect((await browsersIn(tmp)).length).toBeGreaterThan(0);
      run.child.kill("SIGKILL");
      await run.exit;
      // The browser talks to mandat over a pipe, and mandat's watchdog kills it and removes its
      // profile (and Chromium's singleton folder) as soon as mandat's end of its pipe closes.
      // Generous: the watchdog is a process of its own, and CI machines are shared.
      const until = Date.now() + 60_000;
      const profiles = async () => (await readdir(tmp)).filter((f) => /^(mandat-chromium-|org\.chromium\.)/.test(f));
      while (((await browsersIn(tmp)).length > 0 || (await profiles()).length > 0) && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
      expect(await browsersIn(tmp)).toEqual([]);
      expect(await profiles()).toEqual([]);
      // What a killed build cannot remove: its temporary folder and its lock.
      expect((await leftovers()).sort()).toEqual([expect.stringMatching(/^\.build-build-\d+-\w{6}$/), ".build-build.lock"]);
      expect(await snapshot(out)).toEqual(before);

      const next = start(root, tmp);
      expect((await next.exit).code).toBe(0);
      await expectComplete(out);
      expect(await leftovers()).toEqual([]);
      expect((await readdir(tmp)).filter((f) => f.startsWith("mandat-chromium-"))).toEqual([]);
    },
    SLOW,
  );

  it(
    "stops with exit 1 and a limits diagnostic at the document when printing one takes longer than --print-timeout",
    async () => {
      const out = join(root, "build");
      const before = await snapshot(out);
      const r = await cli(["build", "--no-cache", "--print-timeout", "0.001"], root, { PATH: process.env.PATH });
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(/ {2}mandates\/\S+\.md:1:1 {2}fel {2}Utskriften av dokumentet till PDF tog mer än gränsen 0,001 s och stoppades, så bygget skrevs inte\. {2}limits\n/);
      expect(r.stderr).toContain("Bygget avbröts på grund av fel; build är orörd.\n");
      expect(r.stderr).not.toContain("internt fel");
      expect(await snapshot(out)).toEqual(before);
      expect(await leftovers()).toEqual([]);
    },
    SLOW,
  );
});
