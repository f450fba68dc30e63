/**
 * `npm run bench`: mandat side by side with what it replaces or competes with, in one run, as a user
 * runs it (the compiled CLI `node bin/mandat.js …` in a child process, from a copy taken right after
 * `npm run compile`; wall time per command, peak RSS of the child):
 *
 * - start-up: `mandat --help` against `node -e 0`;
 * - `mandat check` of the real documents;
 * - corpora of 1,000 and 4,000 documents cloned from the real ones (fresh group ids, all valid):
 *   check cold (no cache), warm (nothing changed), after one file changed, and Eleventy 3.1.7 (a dev
 *   dependency of the bench only, bench/package.json) building the same mandates/ tree;
 * - `mandat build` of 100 documents against a minimal puppeteer loop (one browser, two tabs) printing
 *   the same HTML, and a rebuild after one mandate changed;
 * - peak RSS of a check of 10,000 documents;
 * - the pre-commit hook (`sh .githooks/pre-commit`, i.e. `mandat check --staged --daemon`) in a git
 *   repository of 300 documents with a warm cache, one meeting note changed and staged: without the
 *   resident checker (a fresh process per commit), the first commit (which starts it), and with it running.
 *
 * Prints each figure with its reference, the ratio and whether the target is met. Figures are for
 * reading: nothing here is asserted, and a shared machine's timings drift (compare ratios of one run).
 *
 * Environment: BENCH_KEEP=1 keeps the generated repositories and says where; BENCH_QUICK=1 shrinks the sizes and skips the 10,000 row; BENCH_SIZES="1000,4000",
 * BENCH_BUILD=100, BENCH_BIG=10000 and BENCH_HOOK=300 (0 skips) set the sizes one by one; MANDAT_CHROMIUM
 * as for mandat.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import { cp, mkdir, mkdtemp, readFile, readdir, rm, symlink, writeFile } from "node:fs/promises";
import { cpus, loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import puppeteer, { type Page } from "puppeteer-core";
import { parse as parseYaml, stringify as stringifyYaml } from "yaml";
// Types only (erased): at run time the bench imports the compiled dist/, like bin/mandat.js.
import type { renderPlan as RenderPlan } from "../src/build.js";
import type { check as Check } from "../src/check.js";
import type { findChromium as FindChromium } from "../src/pdf/chromium.js";
import type { PRINT_SETTINGS as PrintSettings } from "../src/pdf/print.js";

const REPO = resolve(fileURLToPath(new URL("..", import.meta.url)));
const BENCH = join(REPO, "bench");
/** The mandat that is timed: a copy of the compiled one, made after `npm run compile` (see below). */
let APP = REPO;
const ELEVENTY = join(BENCH, "node_modules/@11ty/eleventy/cmd.cjs");
const ELEVENTY_VERSION = "3.1.7";
const CACHE_DIR = ".mandat-cache";

const QUICK = process.env.BENCH_QUICK === "1";
// An empty list (BENCH_SIZES="") skips the corpora.
const numbers = (s: string | undefined, fallback: number[]) => (s !== undefined ? s.split(",").filter((x) => x.trim()).map((x) => Number(x.trim())) : fallback);
const SIZES = numbers(process.env.BENCH_SIZES, QUICK ? [200, 800] : [1000, 4000]);
const BUILD_DOCS = Number(process.env.BENCH_BUILD ?? (QUICK ? 20 : 100));
const BIG = Number(process.env.BENCH_BIG ?? (QUICK ? 0 : 10_000));
// The issue's "a repository of a few hundred documents": the same size in a quick run.
const HOOK_DOCS = Number(process.env.BENCH_HOOK ?? 300);

// ---------------------------------------------------------------- output

interface Row {
  label: string;
  value: string;
  reference?: string;
  ratio?: number;
  /** The target as text, e.g. "≤ 2×"; with `met` undefined when it cannot be judged. */
  target?: string;
  met?: boolean;
}

const WIDTHS = [46, 34, 30, 8, 14];
function printHeader(): void {
  const cells = ["figure", "value", "reference", "ratio", "target"];
  console.log(cells.map((c, i) => c.padEnd(WIDTHS[i]!)).join(" ") + " met");
  console.log("-".repeat(WIDTHS.reduce((a, b) => a + b + 1, 0) + 3));
}
function printRow(r: Row): void {
  const ratio = r.ratio === undefined || !Number.isFinite(r.ratio) ? "" : `${r.ratio.toFixed(2)}×`;
  const mark = r.target === undefined ? "" : r.met === undefined ? "?" : r.met ? "✓" : "✗";
  const cells = [r.label, r.value, r.reference ?? "", ratio, r.target ?? ""];
  console.log(cells.map((c, i) => c.padEnd(WIDTHS[i]!)).join(" ") + ` ${mark}`);
}
function section(title: string): void {
  console.log(`\n## ${title}`);
}
/** Progress goes to stderr, so stdout is the table alone. */
function note(s: string): void {
  process.stderr.write(`· ${s}\n`);
}
const sec = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const mib = (kb: number) => `${(kb / 1024).toFixed(0)} MiB`;
const load = () => loadavg().map((x) => x.toFixed(2)).join(" ");

// ---------------------------------------------------------------- child processes

interface Ran {
  ms: number;
  code: number | null;
  stdout: string;
  stderr: string;
  /** Peak resident set of the child in KiB (GNU time %M, or VmHWM polled from /proc). */
  peakKb?: number;
}

const GNU_TIME = (() => {
  const r = spawnSync("/usr/bin/time", ["--version"], { encoding: "utf8" });
  return r.status === 0 && /GNU/.test(`${r.stdout}${r.stderr}`);
})();

/** Run a command, timing it from spawn to exit. */
async function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<Ran> {
  const rssFile = join(tmpdir(), `mandat-bench-rss-${process.pid}-${Math.random().toString(36).slice(2)}`);
  const [file, argv] = GNU_TIME ? ["/usr/bin/time", ["-o", rssFile, "-f", "%M", command, ...args]] : [command, args];
  const start = performance.now();
  const child = spawn(file, argv, { cwd, env: { ...process.env, NO_COLOR: "1", ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (s: string) => (stdout += s));
  child.stderr.setEncoding("utf8").on("data", (s: string) => (stderr += s));
  let polledKb = 0;
  const poll = GNU_TIME
    ? undefined
    : setInterval(() => {
        readFile(`/proc/${child.pid}/status`, "utf8")
          .then((s) => (polledKb = Math.max(polledKb, Number(/VmHWM:\s+(\d+)/.exec(s)?.[1] ?? 0))))
          .catch(() => undefined);
      }, 25);
  const code = await new Promise<number | null>((done, fail) => {
    child.on("error", fail);
    child.on("close", (c) => done(c));
  });
  const ms = performance.now() - start;
  if (poll) clearInterval(poll);
  let peakKb: number | undefined = polledKb || undefined;
  if (GNU_TIME) {
    const text = await readFile(rssFile, "utf8").catch(() => "");
    await rm(rssFile, { force: true });
    // time writes "Command exited with non-zero status N" first when the command failed.
    const last = text.trim().split("\n").at(-1);
    peakKb = last && /^\d+$/.test(last) ? Number(last) : undefined;
  }
  return { ms, code, stdout, stderr, peakKb };
}

const mandat = (args: string[], cwd: string) => run(process.execPath, [join(APP, "bin/mandat.js"), ...args], cwd);

async function median(times: number, fn: () => Promise<Ran>): Promise<Ran> {
  const runs: Ran[] = [];
  for (let i = 0; i < times; i++) runs.push(await fn());
  runs.sort((a, b) => a.ms - b.ms);
  return runs[Math.floor((runs.length - 1) / 2)]!;
}

/** The documents a check says it checked ("N dokument kontrollerade"), or undefined. */
function checkedCount(r: Ran): number | undefined {
  const m = /(\d+) (?:dokument kontrollerade|documents checked)/.exec(r.stdout);
  return m ? Number(m[1]) : undefined;
}

function fail(what: string, r: Ran): never {
  // The errors first: warnings can fill the start of the output.
  const errors = `${r.stdout}\n${r.stderr}`.split("\n").filter((l) => /\s(fel|error)\s/.test(l)).slice(0, 20).join("\n");
  console.error(`\n${what} (exit ${r.code}):\n${errors}\n${r.stdout.slice(0, 8000)}\n${r.stderr.slice(0, 8000)}`);
  throw new Error(what);
}

// ---------------------------------------------------------------- corpora

interface Corpus {
  root: string;
  documents: number;
  /** Mandates cloned, for editing one. */
  mandates: string[];
}

const realMandates = (await readdir(join(REPO, "mandates"))).filter((f) => f.endsWith(".md")).sort();
const realNotes = (await readdir(join(REPO, "mandates/motesanteckningar"))).filter((f) => f.endsWith(".md")).sort();
const REAL_DOCS = realMandates.length + realNotes.length;

/**
 * A root with mandat.config.json and a copy of mandates/, plus clones of every real mandate and meeting
 * note until there are at least `documents` documents. Clone set i gives each real mandate's group a
 * fresh id (`<id>-b<i>`, registered in groups.yaml with a name of its own) and replaces the four ids
 * everywhere in its copies, so relations among the real groups stay within the set (related-symmetric),
 * no set reports to another (reporting-cycle), and every file name stays unique (duplicate-id).
 */
async function makeCorpus(base: string, documents: number): Promise<Corpus> {
  const root = join(base, `corpus-${documents}`);
  await mkdir(root, { recursive: true });
  await cp(join(REPO, "mandates"), join(root, "mandates"), { recursive: true });
  await cp(join(REPO, "mandat.config.json"), join(root, "mandat.config.json"));

  const mandates = await Promise.all(realMandates.map(async (file) => ({ file, text: await readFile(join(REPO, "mandates", file), "utf8") })));
  const notes = await Promise.all(realNotes.map(async (file) => ({ file, text: await readFile(join(REPO, "mandates/motesanteckningar", file), "utf8") })));
  const groupOf = (text: string, file: string) => {
    const id = /^group:\s*(\S+)\s*$/m.exec(text)?.[1];
    if (!id) throw new Error(`no group: line in ${file}`);
    return id;
  };
  const ids = mandates.map((m) => groupOf(m.text, m.file));
  const registryText = await readFile(join(REPO, "mandates/registry/groups.yaml"), "utf8");
  const entries = parseYaml(registryText) as { id: string; parent?: string; [key: string]: unknown }[];
  const entryOf = new Map(entries.map((e) => [e.id, e]));
  const idPattern = new RegExp(`(?<![\\w-])(${ids.map((id) => id.replace(/[-]/g, "\\-")).join("|")})(?![\\w-])`, "g");

  const perSet = mandates.length + notes.length;
  const sets = Math.max(0, Math.ceil((documents - REAL_DOCS) / perSet));
  const extraEntries: object[] = [];
  const nameOf = new Map<string, string>();
  const writes: [string, string][] = [];
  const cloned: string[] = [];
  let serial = 0;
  for (let i = 1; i <= sets; i++) {
    const fresh = (id: string) => `${id}-b${i}`;
    const rename = (text: string) => text.replace(idPattern, (id) => fresh(id));
    for (const id of ids) {
      const entry = { ...(entryOf.get(id) ?? { id, kind: "grupp" }) };
      delete entry.shortNames;
      entry.id = fresh(id);
      const name = `Syntetisk grupp ${++serial}`;
      entry.name = name;
      nameOf.set(fresh(id), name);
      if (entry.parent && ids.includes(entry.parent)) entry.parent = fresh(entry.parent);
      extraEntries.push(entry);
    }
    for (const m of mandates) {
      const path = join(root, "mandates", `${fresh(groupOf(m.text, m.file))}.md`);
      writes.push([path, rename(m.text)]);
      cloned.push(path);
    }
    // The file name holds the group id after the date ("2026-02-19-<id>.md"), which idPattern skips.
    for (const n of notes) {
      const group = groupOf(n.text, n.file);
      const file = ids.includes(group) ? n.file.replace(group, fresh(group)) : `b${i}-${n.file}`;
      // A meeting's heading is its group's name (meeting-mandate): the clone's, not the real group's.
      const text = ids.includes(group) ? rename(n.text).replace(/^title:.*$/m, `title: ${nameOf.get(fresh(group))}`) : rename(n.text);
      writes.push([join(root, "mandates/motesanteckningar", file), text]);
    }
  }
  const appended = extraEntries.length ? `\n# Klonade av bench/run.ts\n${stringifyYaml(extraEntries)}` : "";
  writes.push([join(root, "mandates/registry/groups.yaml"), registryText + appended]);
  for (let i = 0; i < writes.length; i += 256) await Promise.all(writes.slice(i, i + 256).map(([p, t]) => writeFile(p, t)));
  return { root, documents: REAL_DOCS + sets * perSet, mandates: cloned.length ? cloned : realMandates.map((f) => join(root, "mandates", f)) };
}

let edits = 0;
/**
 * Change one sentence in the body of a mandate: a new ending on the first plain paragraph of the last
 * file that has one (some mandates' bodies are only an include of a standard text).
 */
async function editOneSentence(files: string[]): Promise<string> {
  for (const file of [...files].reverse()) {
    const text = await readFile(file, "utf8");
    const bodyStart = text.indexOf("\n---", 4) + 4;
    const lines = text.slice(bodyStart).split("\n");
    const i = lines.findIndex((l) => /^\p{Lu}.*\.$/u.test(l));
    if (i < 0) continue;
    lines[i] = `${lines[i]!.slice(0, -1)}, ändrad i mätning ${++edits}.`;
    await writeFile(file, text.slice(0, bodyStart) + lines.join("\n"));
    return file;
  }
  throw new Error("no mandate with a sentence to change");
}

const dropCache = (root: string) => rm(join(root, CACHE_DIR), { recursive: true, force: true });

// ---------------------------------------------------------------- setup

const startedAt = performance.now();
const started = new Date();
console.log(`mandat bench · Node ${process.version} · ${cpus().length} CPUs · load average ${load()} · ${started.toISOString()}`);
console.log(
  `sizes: corpora ${SIZES.join(", ")} · build ${BUILD_DOCS} · big check ${BIG || "skipped"}${QUICK ? " (BENCH_QUICK)" : ""} · peak RSS via ${GNU_TIME ? "GNU time %M" : "/proc VmHWM polling"}`,
);

note("npm run compile");
const compiled = spawnSync("npm", ["run", "compile", "--silent"], { cwd: REPO, encoding: "utf8" });
if (compiled.status !== 0) {
  console.error(`npm run compile failed:\n${compiled.stdout}\n${compiled.stderr}`);
  process.exit(1);
}
if (SIZES.length > 0 && !existsSync(ELEVENTY)) {
  note(`installing the bench's own dev dependencies (Eleventy ${ELEVENTY_VERSION}) into bench/node_modules`);
  const installed = spawnSync("npm", ["install", "--prefix", BENCH, "--no-audit", "--no-fund"], { cwd: BENCH, encoding: "utf8" });
  if (installed.status !== 0 || !existsSync(ELEVENTY)) {
    console.error(`npm install --prefix bench failed:\n${installed.stdout}\n${installed.stderr}`);
    process.exit(1);
  }
}

const base = await mkdtemp(join(tmpdir(), "mandat-bench-"));
// BENCH_KEEP=1 keeps the generated repositories (to profile a command in them afterwards).
const KEEP = process.env.BENCH_KEEP === "1";
const cleanUp = () => (KEEP ? note(`kept ${base}`) : rmSync(base, { recursive: true, force: true }));
process.once("SIGINT", () => {
  cleanUp();
  process.exit(130);
});

// What is timed is a snapshot of the compiled mandat, installed like a package (bin, dist, schemas,
// templates; node_modules linked): the caches' keys hash mandat's own code, so a `npm run compile` or
// `npm test` in the work tree during the bench would otherwise turn every warm run into a cold one.
{
  const app = join(base, "mandat");
  await mkdir(app);
  // With their times: bin/mandat.js runs the bundle only when it is not older than tsc's output.
  for (const part of ["bin", "dist", "schemas", "templates", "package.json"]) await cp(join(REPO, part), join(app, part), { recursive: true, preserveTimestamps: true });
  await symlink(join(REPO, "node_modules"), join(app, "node_modules"), "dir");
  APP = app;
}

const helpOf = async (command: string) => (await mandat([command, "--help"], REPO)).stdout;
const checkNoCache = /--no-cache\b/.test(await helpOf("check"));
const CHECK_COLD = checkNoCache ? ["check", "--no-cache"] : ["check"];
console.log(`check --no-cache: ${checkNoCache ? "yes" : `not yet (cold = ${CACHE_DIR}/ deleted first)`}`);

/** A cold check: no cache folder, and --no-cache when mandat knows it. */
async function checkCold(root: string): Promise<Ran> {
  await dropCache(root);
  return mandat(CHECK_COLD, root);
}

try {
  printHeader();

  // -------------------------------------------------------------- start-up and the real documents
  section("start-up and the real documents");
  const node0 = await median(7, () => run(process.execPath, ["-e", "0"], REPO));
  const help = await median(7, () => mandat(["--help"], REPO));
  if (help.code !== 0) fail("mandat --help failed", help);
  printRow({ label: "node -e 0 (median of 7)", value: sec(node0.ms) });
  printRow({ label: "mandat --help (median of 7)", value: sec(help.ms), reference: `node -e 0: ${sec(node0.ms)}`, ratio: help.ms / node0.ms, target: "≤ 2×", met: help.ms <= 2 * node0.ms });

  const real = await makeCorpus(base, 0);
  const realCold = await median(3, () => checkCold(real.root));
  if (realCold.code !== 0) fail("mandat check of the real documents failed", realCold);
  const n = checkedCount(realCold) ?? real.documents;
  printRow({ label: `check, ${n} real documents, cold (median of 3)`, value: sec(realCold.ms), reference: "0.6 s", ratio: realCold.ms / 600, target: "< 0.6 s", met: realCold.ms < 600 });
  await mandat(["check"], real.root); // fills the cache, if there is one
  const realWarm = await median(3, () => mandat(["check"], real.root));
  printRow({ label: `check, ${n} real documents, warm (median of 3)`, value: sec(realWarm.ms), reference: "0.6 s", ratio: realWarm.ms / 600, target: "< 0.6 s", met: realWarm.ms < 600 });

  // -------------------------------------------------------------- the pre-commit hook
  if (HOOK_DOCS > 0) await benchHook(HOOK_DOCS, node0);

  // -------------------------------------------------------------- corpora: check against Eleventy
  for (const [index, size] of SIZES.entries()) {
    const largest = index === SIZES.length - 1;
    note(`generating ${size} documents`);
    const corpus = await makeCorpus(base, size);
    section(`${corpus.documents} documents (${corpus.documents - REAL_DOCS} cloned), load average ${load()}`);

    const cold = await checkCold(corpus.root);
    if (cold.code !== 0) fail(`the generated corpus of ${corpus.documents} documents does not pass mandat check`, cold);
    const checked = checkedCount(cold);
    if (checked === undefined) note(`check of ${corpus.documents} documents passed with warnings:\n${cold.stdout.slice(0, 4000)}`);
    else if (checked !== corpus.documents) note(`check says ${checked} documents, the generator made ${corpus.documents}`);

    const site = join(base, `eleventy-${size}`);
    const eleventy = await run(process.execPath, [ELEVENTY, "--input=mandates", `--output=${site}`, "--quiet"], corpus.root);
    const wrote = /Wrote (\d+) files/.exec(`${eleventy.stdout}${eleventy.stderr}`)?.[1];
    if (eleventy.code !== 0) note(`Eleventy failed (exit ${eleventy.code}):\n${eleventy.stderr.slice(0, 4000)}`);
    await rm(site, { recursive: true, force: true });
    const eleventyOk = eleventy.code === 0;
    printRow({ label: `Eleventy ${ELEVENTY_VERSION} build, same mandates/`, value: eleventyOk ? `${sec(eleventy.ms)} · ${wrote ?? "?"} files` : `failed (exit ${eleventy.code})` });

    // The floor under a cold check: only the parsing mandat's stack prescribes (Markdown and YAML, as
    // mandat parses them), one thread, nothing checked.
    const parser = await run(process.execPath, [join(BENCH, "parse-only.mjs")], corpus.root);
    if (parser.code !== 0) note(`bench/parse-only.mjs failed (exit ${parser.code}):\n${parser.stderr.slice(0, 2000)}`);
    else
      printRow({
        label: `parsing alone, one thread (÷ ${cpus().length} cores: ${sec(parser.ms / cpus().length)})`,
        value: `${sec(parser.ms)} (${parser.stderr.trim()})`,
        reference: eleventyOk ? `Eleventy: ${sec(eleventy.ms)}` : "Eleventy: n/a",
        ratio: eleventyOk ? parser.ms / eleventy.ms : undefined,
      });

    const perSecond = (r: Ran) => `${((corpus.documents / r.ms) * 1000).toFixed(0)} doc/s`;
    printRow({
      label: `check ${corpus.documents}, cold (no cache)`,
      value: `${sec(cold.ms)} · ${perSecond(cold)} · ${cold.peakKb ? mib(cold.peakKb) : "?"}`,
      reference: eleventyOk ? `Eleventy: ${sec(eleventy.ms)}` : "Eleventy: n/a",
      ratio: eleventyOk ? cold.ms / eleventy.ms : undefined,
      ...(largest && { target: "< 1× Eleventy", met: eleventyOk ? cold.ms < eleventy.ms : undefined }),
    });

    if (checkNoCache) {
      const fill = await mandat(["check"], corpus.root);
      printRow({ label: `check ${corpus.documents}, empty cache (fills it)`, value: sec(fill.ms), reference: `cold: ${sec(cold.ms)}`, ratio: fill.ms / cold.ms });
    } // else the cold run has filled the cache already
    const warm = await mandat(["check"], corpus.root);
    if (warm.code !== 0) fail(`warm check of ${corpus.documents} documents failed`, warm);
    printRow({ label: `check ${corpus.documents}, warm (nothing changed)`, value: `${sec(warm.ms)} · ${perSecond(warm)}`, reference: `cold: ${sec(cold.ms)}`, ratio: warm.ms / cold.ms });

    await editOneSentence(corpus.mandates);
    const changed = await mandat(["check"], corpus.root);
    if (changed.code !== 0) fail(`check of ${corpus.documents} documents after one change failed`, changed);
    printRow({
      label: `check ${corpus.documents}, warm, one file changed`,
      value: sec(changed.ms),
      reference: "1 s",
      ratio: changed.ms / 1000,
      ...(largest && { target: "< 1 s", met: changed.ms < 1000 }),
    });
    await benchResident(corpus.root, corpus.documents, corpus.mandates, largest);
    if (!KEEP) await rm(corpus.root, { recursive: true, force: true });
  }

  // -------------------------------------------------------------- build against a minimal puppeteer loop
  if (BUILD_DOCS > 0) {
    note(`generating ${BUILD_DOCS} documents to build`);
    const corpus = await makeCorpus(base, BUILD_DOCS);
    section(`build, ${corpus.documents} documents, load average ${load()}`);

    // The HTML mandat prints, from the compiled modules (dist/), as the CLI would.
    const dist = (path: string) => import(pathToFileURL(join(APP, "dist", path)).href);
    const { check } = (await dist("check.js")) as { check: typeof Check };
    const { renderPlan } = (await dist("build.js")) as { renderPlan: typeof RenderPlan };
    const { findChromium } = (await dist("pdf/chromium.js")) as { findChromium: typeof FindChromium };
    // The same Chromium flags and page options as mandat's printer, so only the work around them differs.
    const { PRINT_SETTINGS } = (await dist("pdf/print.js")) as { PRINT_SETTINGS: typeof PrintSettings };
    // keepTrees: the build's own check keeps the Markdown trees it renders; cache: none written here.
    // (Passed as a variable: a check() that does not know an option ignores it.)
    const checkOptions = { root: corpus.root, keepTrees: true, cache: false };
    const result = await check(checkOptions);
    if (result.errorCount > 0) throw new Error(`the ${corpus.documents}-document corpus has ${result.errorCount} errors`);
    const plan = renderPlan(result);
    const htmls = plan.docs.map((doc) => plan.printHtml(doc));
    await dropCache(corpus.root); // in case check() itself starts caching: the mandat build below is cold
    const executablePath = findChromium(process.env);
    if (htmls.length === 0) note(`renderPlan() gave no document to print out of ${corpus.documents} checked: the PDF rows say n/a`);

    // Warm-up: Chromium's first start reads its files from disk; neither contestant should pay for it.
    const warmup = await minimalLoop(executablePath, PRINT_SETTINGS, htmls.slice(0, 1), join(base, "warmup"));
    note(`Chromium warm-up ${sec(warmup)}`);

    const loopMs = await minimalLoop(executablePath, PRINT_SETTINGS, htmls, join(base, "loop-pdfs"));
    const loopRate = htmls.length > 0 ? (htmls.length / loopMs) * 1000 : NaN;

    const out = join(corpus.root, "build");
    const cold = await mandat(["build", "--out", out], corpus.root);
    if (cold.code !== 0) fail("mandat build failed", cold);
    const pdfs = (await readdir(join(out, "pdf")).catch(() => [] as string[])).filter((f) => f.endsWith(".pdf")).length;
    const rate = pdfs > 0 ? (pdfs / cold.ms) * 1000 : NaN;
    const rated = (x: number) => (Number.isNaN(x) ? "n/a" : `${x.toFixed(2)} PDF/s`);
    printRow({ label: `minimal loop: 1 browser, 2 tabs, ${htmls.length} HTML`, value: `${sec(loopMs)} · ${rated(loopRate)}` });
    printRow({
      label: `mandat build ${corpus.documents}, cold (empty cache)`,
      value: `${sec(cold.ms)} · ${pdfs} PDFs · ${rated(rate)}`,
      reference: `loop: ${rated(loopRate)}`,
      ratio: rate / loopRate,
      target: "≥ 0.8×",
      met: Number.isNaN(rate / loopRate) ? undefined : rate >= 0.8 * loopRate,
    });
    printRow({ label: "  build says", value: reuseLine(cold) ?? "n/a" });

    await editOneSentence(corpus.mandates);
    const again = await mandat(["build", "--out", out], corpus.root);
    if (again.code !== 0) fail("mandat rebuild failed", again);
    const said = reuseLine(again);
    const printed = said ? printedCount(said) : undefined;
    printRow({
      label: "mandat rebuild, one mandate edited",
      value: `${sec(again.ms)} · printed ${printed ?? "n/a"}`,
      reference: `cold: ${sec(cold.ms)}`,
      ratio: again.ms / cold.ms,
      target: "1 PDF printed",
      met: printed === undefined ? undefined : printed === 1,
    });
    printRow({ label: "  build says", value: said ?? "n/a" });
    if (!KEEP) await rm(corpus.root, { recursive: true, force: true });
  }

  // -------------------------------------------------------------- peak RSS of a big check
  if (BIG > 0) {
    note(`generating ${BIG} documents`);
    const corpus = await makeCorpus(base, BIG);
    section(`${corpus.documents} documents, load average ${load()}`);
    await dropCache(corpus.root);
    const big = await mandat(["check"], corpus.root);
    if (big.code !== 0) fail(`check of ${corpus.documents} documents failed`, big);
    printRow({ label: `check ${corpus.documents}, wall time (empty cache)`, value: `${sec(big.ms)} · ${((corpus.documents / big.ms) * 1000).toFixed(0)} doc/s` });
    printRow({
      label: `check ${corpus.documents}, peak RSS`,
      value: big.peakKb ? mib(big.peakKb) : "n/a",
      reference: "1 GiB",
      ratio: big.peakKb ? big.peakKb / 1024 / 1024 : undefined,
      target: "< 1 GiB",
      met: big.peakKb ? big.peakKb < 1024 * 1024 : undefined,
    });
    if (!KEEP) await rm(corpus.root, { recursive: true, force: true });
  }
} finally {
  cleanUp();
}

console.log(`\nload average at the end ${load()} · bench took ${sec(performance.now() - startedAt)}`);

// ---------------------------------------------------------------- helpers used above

/**
 * The pre-commit hook as `mandat init` ships it, in a git repository of `size` generated documents with
 * everything committed and the cache warm: per round one document is changed and staged, then the
 * hook script itself is timed (`sh .githooks/pre-commit`, as git runs it: from the top of the work tree).
 */
async function benchHook(size: number, node0: Ran): Promise<void> {
  note(`generating ${size} documents in a git repository for the pre-commit hook`);
  const corpus = await makeCorpus(base, size);
  const root = corpus.root;
  const git = (...args: string[]) => {
    const r = spawnSync("git", ["-c", "user.email=bench@exempel.se", "-c", "user.name=Bench", "-c", "commit.gpgsign=false", ...args], { cwd: root, encoding: "utf8" });
    if (r.status !== 0) throw new Error(`git ${args.join(" ")}: ${r.stderr}`);
    return r.stdout;
  };
  await mkdir(join(root, ".githooks"));
  await cp(join(REPO, "scaffold/githooks/pre-commit"), join(root, ".githooks/pre-commit"));
  await mkdir(join(root, "node_modules/.bin"), { recursive: true });
  await symlink(join(APP, "bin/mandat.js"), join(root, "node_modules/.bin/mandat"));
  await writeFile(join(root, ".gitignore"), "node_modules/\n.mandat-cache/\n");
  git("init", "-q", "-b", "main");
  git("add", "-A");
  git("commit", "-q", "--no-verify", "-m", "bench");
  section(`pre-commit hook, ${corpus.documents} documents in git, load average ${load()}`);
  const hook = (env: NodeJS.ProcessEnv = {}) => run("sh", [".githooks/pre-commit"], root, env);
  // The hook runs `check --staged --daemon`: the resident checker (mandat daemon) answers when it runs.
  const daemon = (action: string) => mandat(["daemon", action], root);
  await daemon("stop");
  // Warm: the cache filled by a check of the index as committed.
  const warmed = await mandat(["check", "--staged"], root);
  if (warmed.code !== 0) fail(`mandat check --staged of ${corpus.documents} documents failed`, warmed);
  const nothing = await median(5, hook);
  printRow({ label: "hook, nothing staged under mandates/ (median of 5)", value: sec(nothing.ms), reference: `node -e 0: ${sec(node0.ms)}`, ratio: nothing.ms / node0.ms });
  // Meeting notes are what is edited between decisions: a sentence changed in an adopted mandate is
  // rightly an error once it is in git (decision-history: no new decision).
  const notesDir = join(root, "mandates/motesanteckningar");
  const notes = (await readdir(notesDir)).filter((f) => f.endsWith(".md")).map((f) => join(notesDir, f));
  const commitOnce = async (env: NodeJS.ProcessEnv = {}) => {
    const file = await editOneSentence(notes);
    git("add", file);
    const r = await hook(env);
    if (r.code !== 0) fail("the pre-commit hook refused a valid change", r);
    return r;
  };
  const roundsOf = async (env: NodeJS.ProcessEnv = {}) => {
    const rounds: Ran[] = [];
    for (let i = 0; i < 5; i++) rounds.push(await commitOnce(env));
    return rounds.sort((a, b) => a.ms - b.ms);
  };
  const hookRow = (label: string, rounds: Ran[]) => {
    const one = rounds[2]!;
    printRow({
      label,
      value: `${sec(one.ms)} · ${one.peakKb ? mib(one.peakKb) : "?"}`,
      reference: `node -e 0: ${sec(node0.ms)}`,
      ratio: one.ms / node0.ms,
      target: "< 1 s",
      met: one.ms < 1000,
    });
    printRow({ label: "  rounds", value: rounds.map((r) => (r.ms / 1000).toFixed(2)).join(" ") });
  };
  // Without the daemon: a fresh Node process per commit, as every commit ran before it existed.
  hookRow("hook, one note staged, no daemon (median of 5)", await roundsOf({ MANDAT_DAEMON: "0" }));
  // The first commit finds no daemon: it checks by itself and starts one in the background.
  const first = await commitOnce();
  printRow({ label: "hook, first commit (starts the daemon)", value: sec(first.ms), reference: `node -e 0: ${sec(node0.ms)}`, ratio: first.ms / node0.ms });
  for (let waited = 0; waited < 20_000 && (await daemon("status")).code !== 0; waited += 200) await new Promise((r) => setTimeout(r, 200));
  await commitOnce(); // the daemon's first request (its code still cold)
  hookRow("hook, one note staged, daemon running (median of 5)", await roundsOf());
  const status = await daemon("status");
  const pid = /process (\d+)/.exec(status.stdout)?.[1];
  const hwm = pid ? /VmHWM:\s*(\d+) kB/.exec(await readFile(`/proc/${pid}/status`, "utf8").catch(() => ""))?.[1] : undefined;
  printRow({ label: "  daemon: checks served · peak RSS", value: `${/(\d+) kontroller/.exec(status.stdout)?.[1] ?? "?"} · ${hwm ? mib(Number(hwm)) : "?"}` });
  printRow({ label: "  machine load (uptime)", value: spawnSync("uptime", { encoding: "utf8" }).stdout.trim().replace(/^.*load average:\s*/, "") });
  await daemon("stop");
  if (!KEEP) await rm(root, { recursive: true, force: true });
}

/**
 * The same check through the resident checker (`check --daemon`, what the pre-commit hook runs): it
 * keeps the pack, the parsed results and the unchanged files' texts between requests. Two requests
 * first (the daemon's code is cold at its first), then five rounds of one sentence changed.
 */
async function benchResident(root: string, documents: number, files: string[], largest: boolean): Promise<void> {
  const daemon = (action: string) => mandat(["daemon", action], root);
  await daemon("stop");
  if ((await daemon("start")).code !== 0) return note("the resident checker did not start: its rows are left out");
  try {
    for (let i = 0; i < 2; i++) await mandat(["check", "--daemon"], root);
    const rounds: Ran[] = [];
    for (let i = 0; i < 5; i++) {
      await editOneSentence(files);
      const r = await mandat(["check", "--daemon"], root);
      if (r.code !== 0) fail(`check --daemon of ${documents} documents after one change failed`, r);
      rounds.push(r);
    }
    rounds.sort((a, b) => a.ms - b.ms);
    const one = rounds[2]!;
    printRow({
      label: `check ${documents}, one file changed, --daemon (median of 5)`,
      value: sec(one.ms),
      reference: "1 s",
      ratio: one.ms / 1000,
      ...(largest && { target: "< 1 s", met: one.ms < 1000 }),
    });
    const status = await daemon("status");
    const pid = /process (\d+)/.exec(status.stdout)?.[1];
    const rss = pid ? /VmRSS:\s*(\d+) kB/.exec(await readFile(`/proc/${pid}/status`, "utf8").catch(() => ""))?.[1] : undefined;
    printRow({ label: "  rounds · daemon RSS after", value: `${rounds.map((r) => (r.ms / 1000).toFixed(2)).join(" ")} · ${rss ? mib(Number(rss)) : "?"}` });
  } finally {
    await daemon("stop");
  }
}

/** What the build says about reused and printed PDFs ("… återanvända …"), if it says it. */
function reuseLine(r: Ran): string | undefined {
  const lines = `${r.stdout}\n${r.stderr}`.split("\n").map((l) => l.trim()).reverse();
  // The summary ("… (99 återanvända, 1 utskrivna) …"), not a progress line ("[1/100] PDF … (återanvänd)").
  return lines.find((l) => /\d+\s+(?:PDF:?(?:er|s)?\s+)?(?:återanvända|återanvänd|reused)/i.test(l)) ?? lines.find((l) => /återanvän|reused/i.test(l));
}

/** The number of PDFs printed in such a line ("1 utskriven", "printed 1", "1 PDF printed" …), if one can tell. */
function printedCount(line: string): number | undefined {
  const m =
    /(\d+)\s+(?:PDF:?(?:er|s)?\s+)?(?:nya|ny|utskrivna|utskriven|skrevs ut|printed)/i.exec(line) ??
    /(?:utskrivna|utskriven|skrevs ut|printed)\D{0,12}(\d+)/i.exec(line);
  return m ? Number(m[1]) : undefined;
}

/**
 * The baseline: one Chromium, two tabs opened once, each sealed like mandat's (JavaScript off, every
 * request but data: aborted), taking the next HTML until none is left and writing its PDF.
 * Wall time from launch to close, in ms.
 */
async function minimalLoop(executablePath: string, settings: typeof PrintSettings, htmls: string[], outDir: string): Promise<number> {
  await mkdir(outDir, { recursive: true });
  const userDataDir = await mkdtemp(join(tmpdir(), "mandat-bench-chromium-"));
  const start = performance.now();
  const browser = await puppeteer.launch({
    executablePath,
    headless: true,
    userDataDir,
    args: [...settings.chromiumArgs],
  });
  try {
    let next = 0;
    const tab = async (page: Page) => {
      await page.setJavaScriptEnabled(false);
      await page.setRequestInterception(true);
      page.on("request", (request) => {
        if (request.isInterceptResolutionHandled()) return;
        if (request.url().startsWith("data:")) void request.continue();
        else void request.abort("blockedbyclient");
      });
      for (let i = next++; i < htmls.length; i = next++) {
        await page.setContent(htmls[i]!, { waitUntil: "load" });
        const pdf = await page.pdf(settings.pdf);
        await writeFile(join(outDir, `${i}.pdf`), pdf);
      }
    };
    const pages = await Promise.all([browser.newPage(), browser.newPage()]);
    await Promise.all(pages.map(tab));
  } finally {
    await browser.close();
    await rm(userDataDir, { recursive: true, force: true });
  }
  const ms = performance.now() - start;
  await rm(outDir, { recursive: true, force: true });
  return ms;
}
