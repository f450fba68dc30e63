/**
 * Write a build atomically: everything goes into a temporary sibling folder first (file by file, as
 * it is made), which then takes the output folder's place (swapIn). On Linux with the small native
 * addon native/exchange built, the two folders trade places in one system call (renameat2 with
 * RENAME_EXCHANGE), so at every instant the output folder is the previous complete build or the new
 * one. Without it (not built, another system, a filesystem that cannot exchange, MANDAT_NO_EXCHANGE)
 * the swap is two renames back to back: between them the output folder is absent for the time of
 * two system calls, the previous build lies complete next to it, and the next build puts it back.
 */
import { randomBytes } from "node:crypto";
import { existsSync, renameSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { chmod, link, mkdir, mkdtemp, open, readdir, readFile, rename, rm, stat, unlink, writeFile } from "node:fs/promises";
import { basename, dirname, isAbsolute, join, normalize, resolve, sep } from "node:path";
import { CACHE_DIR } from "../cache/store.js";
import { isWithin } from "../util/paths.js";
import { alive } from "../util/process.js";

export interface OutputFile {
  /** Relative path inside the output folder, forward slashes, e.g. "pdf/x.pdf". */
  path: string;
  content: string | Uint8Array;
}

/** An output folder the build must not replace: a usage error, found before any work is done. */
export class OutDirError extends Error {}

/** Folders of a repository root that hold its sources; a build inside one would replace sources. */
const SOURCE_DIRS = ["mandates", ".git"];

/** mandat's own folders (its package): schemas, templates and code are sources too. */
const PACKAGE = fileURLToPath(new URL("../../", import.meta.url));
const PACKAGE_DIRS = ["schemas", "templates", "src", "dist", "bin", "node_modules"];

/** Every build holds this file: a folder with other files and without it is not a build to replace. */
export const BUILD_MARKER = ".mandat-build";
const MARKER_TEXT = "Byggd av mandat (mandat build). Hela mappen ersätts vid nästa bygge.\n";

/** Refuse output folders whose replacement would remove something that is not a build. */
export function assertSafeOutDir(outDir: string, protect: string[] = [process.cwd()]): void {
  const out = resolve(outDir);
  if (dirname(out) === out) throw new OutDirError(`Utmappen ${out} är en rotkatalog; välj en egen mapp för bygget, t.ex. build/.`);
  for (const dir of protect.map((p) => resolve(p))) {
    if (isWithin(dir, out)) throw new OutDirError(`Utmappen ${out} innehåller ${dir}; bygget skulle ersätta den. Välj en egen mapp, t.ex. build/.`);
  }
  const root = protect[0] && resolve(protect[0]);
  for (const name of root ? SOURCE_DIRS : []) {
    const source = join(root!, name);
    if (isWithin(out, source)) throw new OutDirError(`Utmappen ${out} ligger i ${source}; bygget skulle ersätta källfiler. Välj en egen mapp, t.ex. build/.`);
  }
  for (const name of PACKAGE_DIRS) {
    const source = join(PACKAGE, name);
    if (isWithin(out, source)) throw new OutDirError(`Utmappen ${out} ligger i ${source}; bygget skulle ersätta mandats egna filer. Välj en egen mapp, t.ex. build/.`);
  }
  const cache = root && join(root, CACHE_DIR);
  if (cache && isWithin(out, cache)) throw new OutDirError(`Utmappen ${out} ligger i cachemappen ${cache}; bygget skulle ersätta cachen. Välj en egen mapp, t.ex. build/.`);
}

/**
 * Everything that can be said about an output folder before the build starts: a safe place, and,
 * if it exists, a folder that is not a git repository. `protect[0]` is the repository root.
 */
export async function checkOutDir(outDir: string, protect: string[]): Promise<void> {
  assertSafeOutDir(outDir, protect);
  await assertReplaceable(resolve(outDir));
}

function checkedPath(path: string): string {
  const norm = normalize(path);
  if (isAbsolute(path) || norm === "." || norm === ".." || norm.startsWith(`..${sep}`)) {
    throw new Error(`Ogiltig sökväg i bygget: ${path}`);
  }
  return norm;
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * Write `files` as the complete new content of `outDir` (relative to the working directory).
 * Previous content of `outDir` is replaced, not merged.
 */
export async function writeOutput(outDir: string, files: readonly OutputFile[], protect: string[] = [process.cwd()]): Promise<SwapMethod> {
  const output = await openOutput(outDir, protect);
  try {
    for (const file of files) await output.write(file.path, file.content);
  } catch (error) {
    await output.discard();
    throw error;
  }
  return output.commit();
}

/**
 * Remove the temporary folders of builds of `name` whose process is gone (killed while printing):
 * `.build-<name>-<pid>-XXXXXX` as openOutput makes them. After an exchange that name holds the
 * previous build until it is removed; a build killed just then leaves it here, and it is swept like
 * the others (the output folder already holds the new build, so it is never one to restore). A
 * folder of a running build is left alone; `.build-<name>-old-…` folders (the previous output after
 * the first of two renames) are recoverOutDir's.
 */
async function removeAbandoned(parent: string, name: string): Promise<void> {
  const pattern = new RegExp(`^\\.build-${escapeRe(name)}-(\\d+)-[A-Za-z0-9]{6}$`);
  const entries = await readdir(parent, { withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    const pid = pattern.exec(entry.name)?.[1];
    if (!pid || !entry.isDirectory() || Number(pid) === process.pid || alive(Number(pid))) continue;
    await rm(join(parent, entry.name), { recursive: true, force: true }).catch(() => undefined);
  }
}

/** A new output folder being written: files go in one at a time, then it replaces the old one whole. */
export interface OutputStage {
  /** Write one file of the new output (each path once); it is on disk when this resolves. */
  write(path: string, content: string | Uint8Array): Promise<void>;
  /** Files written so far. */
  readonly count: number;
  /** Replace the output folder with everything written; the temporary folder is gone afterwards. Says how. */
  commit(): Promise<SwapMethod>;
  /** Give up: remove the temporary folder and leave the output folder as it was. Safe to repeat. */
  discard(): Promise<void>;
}

/** Refuse an output folder that is a file or a git repository (checked again just before the swap). */
async function assertReplaceable(out: string): Promise<void> {
  const info = await stat(out).catch(() => undefined);
  if (!info) return;
  if (!info.isDirectory()) throw new OutDirError(`Utmappen ${out} finns redan och är ingen mapp; välj en annan med --out.`);
  if (await exists(join(out, ".git"))) throw new OutDirError(`Utmappen ${out} är ett git-arkiv; bygget ersätter inte det. Välj en annan med --out.`);
  const entries = await readdir(out);
  if (entries.length === 0 || entries.includes(BUILD_MARKER) || looksLikeEarlierBuild(entries)) return;
  throw new OutDirError(
    `Utmappen ${out} innehåller filer som inte kommer från ett mandat-bygge (${entries.slice(0, 3).join(", ")}${entries.length > 3 ? ", …" : ""}); bygget skulle ersätta dem. Välj en ny eller tom mapp med --out.`,
  );
}

/** A build made before builds carried BUILD_MARKER: exactly the site's own files and folders. */
function looksLikeEarlierBuild(entries: string[]): boolean {
  const own = new Set(["index.html", "site.css", "dokument", "pdf"]);
  return entries.includes("index.html") && entries.every((e) => own.has(e));
}

/**
 * Start a new content for `outDir`: a temporary sibling folder (`.build-<name>-<pid>-…`, ignored by
 * git) that files are streamed into, so nothing large waits in memory; commit() swaps it in (swapIn),
 * discard() removes it. Until commit() succeeds, `outDir` is untouched.
 */
export async function openOutput(outDir: string, protect: string[] = [process.cwd()]): Promise<OutputStage> {
  const out = resolve(outDir);
  assertSafeOutDir(out, protect);
  const parent = dirname(out);
  await mkdir(parent, { recursive: true });
  await assertReplaceable(out);

  await recoverOutDir(out);
  await removeAbandoned(parent, basename(out));
  const temp = await mkdtemp(join(parent, `.build-${basename(out)}-${process.pid}-`));
  let state: "open" | "committed" | "discarded" = "open";
  const seen = new Set<string>();
  const discard = async (): Promise<void> => {
    if (state !== "open") return;
    state = "discarded";
    await rm(temp, { recursive: true, force: true });
  };
  try {
    await chmod(temp, 0o755); // mkdtemp makes it 0700; the site is meant to be served
    await writeFile(join(temp, BUILD_MARKER), MARKER_TEXT);
  } catch (error) {
    await discard();
    throw error;
  }

  return {
    get count() {
      return seen.size;
    },
    async write(path, content) {
      if (state !== "open") throw new Error(`Bygget är redan ${state === "committed" ? "klart" : "avbrutet"}; ${path} skrivs inte.`);
      const norm = checkedPath(path);
      // Claimed before the first await, so two writes of one path at the same time are caught too.
      if (seen.has(norm)) throw new Error(`Två filer i bygget har samma sökväg: ${path}`);
      seen.add(norm);
      const target = join(temp, norm);
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, content);
    },
    async commit() {
      if (state !== "open") throw new Error("Bygget kan bara bytas in en gång.");
      try {
        assertSafeOutDir(out, protect);
        await assertReplaceable(out);
      } catch (error) {
        await discard();
        throw error;
      }
      state = "committed";
      const old = join(parent, `.build-${basename(out)}-old-${process.pid}-${randomBytes(4).toString("hex")}`);
      let method: SwapMethod;
      try {
        method = swapIn(temp, out, old);
      } catch (error) {
        await rm(temp, { recursive: true, force: true });
        throw error;
      }
      // The previous build: under the temporary name after an exchange, under `old` after two renames.
      if (method === "exchange") await rm(temp, { recursive: true, force: true });
      else if (method === "renames") await rm(old, { recursive: true, force: true });
      return method;
    },
    discard,
  };
}

/**
 * How commit() put the new build in place: "exchange" (old and new traded places in one system call),
 * "renames" (the previous output moved aside, then the new one in: two calls) or "rename" (there was
 * no output folder yet: one call).
 */
export type SwapMethod = "exchange" | "renames" | "rename";

/** renameat2(a, b, RENAME_EXCHANGE): both paths must exist; afterwards each has the other's content. */
export type Exchange = (a: string, b: string) => void;

/** The compiled addon (scripts/build-native.mjs builds it; absent on systems without a compiler). */
export const EXCHANGE_ADDON = join(PACKAGE, "native", "exchange", "build", "Release", "exchange.node");

let addon: { exchange?: Exchange; error?: unknown } | undefined;

/**
 * The native exchange, loaded on first use (only a build that commits needs it, never `check`), or
 * undefined: not built, not Linux, or turned off with MANDAT_NO_EXCHANGE=1 (an escape hatch, and how
 * the tests reach the fallback).
 */
export function loadExchange(): Exchange | undefined {
  if (process.env.MANDAT_NO_EXCHANGE && process.env.MANDAT_NO_EXCHANGE !== "0") return undefined;
  if (!addon) {
    try {
      const loaded = createRequire(import.meta.url)(EXCHANGE_ADDON) as { exchange?: unknown };
      addon = typeof loaded.exchange === "function" ? { exchange: loaded.exchange as Exchange } : { error: new Error(`${EXCHANGE_ADDON} has no exchange()`) };
    } catch (error) {
      addon = { error };
    }
  }
  return addon.exchange;
}

/** Why loadExchange() found no addon (for a test's message), or undefined when it is there. */
export function exchangeLoadError(): unknown {
  loadExchange();
  return addon?.error;
}

/** Errors of a filesystem or kernel that cannot exchange: the two renames do the job instead. */
const CANNOT_EXCHANGE = new Set(["EINVAL", "ENOSYS", "ENOTSUP", "EOPNOTSUPP"]);

/**
 * Put the finished folder `temp` at `out`. A first build (no `out` yet) is a single atomic rename.
 * Over a previous build, `exchange` (the native addon, when there) swaps the two folders in one
 * system call: `out` is never absent, and the previous build ends up at `temp`. Otherwise the
 * previous `out` moves to `old` first and `temp` to `out` right after. Both run synchronously: no
 * JavaScript (a signal handler, another task of this build) runs in between, so the only moment
 * without a folder at `out` is the time between two system calls. A process killed in that moment
 * leaves the previous build complete under `old`, and the next build puts it back before anything
 * else (recoverOutDir).
 */
export function swapIn(temp: string, out: string, old: string, exchange: Exchange | undefined = loadExchange()): SwapMethod {
  if (!existsSync(out)) {
    renameSync(temp, out);
    return "rename";
  }
  if (exchange) {
    try {
      exchange(temp, out);
      return "exchange";
    } catch (error) {
      if (!CANNOT_EXCHANGE.has((error as NodeJS.ErrnoException).code ?? "")) throw error;
    }
  }
  renameSync(out, old);
  try {
    renameSync(temp, out);
  } catch (error) {
    renameSync(old, out);
    throw error;
  }
  return "renames";
}

const escapeRe = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Repair what an interrupted swap of two renames left behind (the fallback of swapIn; an exchange
 * leaves nothing to repair). The swap renames the output folder to `.build-<name>-old-<pid>-<hex>`
 * and then the new build to the output folder; a process killed between the two renames leaves no
 * output folder but a complete previous build under the old name.
 * If the output folder is missing, the newest such folder of a dead process becomes the output
 * folder again; the other ones (and all of them when the output folder exists) are removed.
 * Returns the folder that was restored, if any.
 */
export async function recoverOutDir(outDir: string): Promise<string | undefined> {
  const out = resolve(outDir);
  const parent = dirname(out);
  const pattern = new RegExp(`^\\.build-${escapeRe(basename(out))}-old-(\\d+)-[0-9a-f]+$`);
  const entries = await readdir(parent, { withFileTypes: true }).catch(() => []);
  const olds: { path: string; mtime: number }[] = [];
  for (const entry of entries) {
    const pid = pattern.exec(entry.name)?.[1];
    if (!pid || !entry.isDirectory() || Number(pid) === process.pid || alive(Number(pid))) continue;
    const path = join(parent, entry.name);
    const info = await stat(path).catch(() => undefined);
    if (info) olds.push({ path, mtime: info.mtimeMs });
  }
  let restored: string | undefined;
  if (olds.length > 0 && !(await exists(out))) {
    olds.sort((a, b) => b.mtime - a.mtime);
    const newest = olds.shift()!;
    await rename(newest.path, out);
    restored = newest.path;
  }
  for (const old of olds) await rm(old.path, { recursive: true, force: true }).catch(() => undefined);
  return restored;
}

/** Another build writes into the same output folder right now: a usage error (exit 2). */
export class OutDirLockedError extends OutDirError {}

/** The lock of a running build; release() removes it (safe to repeat). */
export interface OutLock {
  readonly path: string;
  release(): Promise<void>;
}

/** The lock file of an output folder: `.build-<name>.lock` next to it. */
export function lockPath(outDir: string): string {
  const out = resolve(outDir);
  return join(dirname(out), `.build-${basename(out)}.lock`);
}

interface LockInfo {
  pid: number;
  started: string;
}

function parseLock(text: string): LockInfo | undefined {
  try {
    const value = JSON.parse(text) as Partial<LockInfo>;
    return typeof value.pid === "number" && Number.isInteger(value.pid) && value.pid > 0 ? { pid: value.pid, started: String(value.started ?? "") } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Take the output folder for this build: the lock file is created exclusively and holds this
 * process's id and start time. A lock whose process is gone (a build that was killed) is taken over;
 * a lock of a running build is refused at once with OutDirLockedError. An unreadable lock (being
 * written this instant) counts as held.
 */
export async function lockOutDir(outDir: string): Promise<OutLock> {
  const out = resolve(outDir);
  const path = lockPath(out);
  await mkdir(dirname(path), { recursive: true });
  const body = `${JSON.stringify({ pid: process.pid, started: new Date().toISOString() })}\n`;
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      const handle = await open(path, "wx", 0o644);
      try {
        await handle.writeFile(body);
      } finally {
        await handle.close();
      }
      let released = false;
      return {
        path,
        async release() {
          if (released) return;
          released = true;
          // Only our own lock is removed (a stale-lock takeover could have replaced it).
          const text = await readFile(path, "utf8").catch(() => undefined);
          if (text === body) await unlink(path).catch(() => undefined);
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const text = await readFile(path, "utf8").catch(() => undefined);
    if (text === undefined) continue; // removed in between: try again
    const holder = parseLock(text);
    if (!holder) {
      throw new OutDirLockedError(`Utmappen ${out} är låst av ett annat bygge (låsfilen ${path} går inte att läsa). Vänta tills det är klart, eller ta bort låsfilen om inget bygge körs.`);
    }
    if (holder.pid !== process.pid && alive(holder.pid)) {
      throw new OutDirLockedError(
        `Ett annat bygge (process ${holder.pid}, startat ${holder.started}) skriver redan till ${out}. Vänta tills det är klart och kör sedan igen.`,
      );
    }
    if (holder.pid === process.pid) {
      throw new OutDirLockedError(`Ett annat bygge i samma process skriver redan till ${out}.`);
    }
    // A dead build's lock: move it aside (atomic, so two builds cannot both take it), check that it
    // was really that lock, and try again.
    const aside = `${path}.${process.pid}-${randomBytes(4).toString("hex")}`;
    try {
      await rename(path, aside);
    } catch {
      continue;
    }
    const moved = await readFile(aside, "utf8").catch(() => undefined);
    if (moved !== text) {
      // Another build took over the stale lock in between: put its lock back.
      await link(aside, path).catch(() => undefined);
      await unlink(aside).catch(() => undefined);
      continue;
    }
    await unlink(aside).catch(() => undefined);
  }
  throw new OutDirLockedError(`Utmappen ${out} är låst av ett annat bygge. Vänta tills det är klart och kör sedan igen.`);
}
