/**
 * A content-addressed cache on disk (`.mandat-cache/` at the repository root, ignored by git): an
 * entry is named by the hash of everything that can change it, so a stale entry is never read, only
 * left behind. Writes go to a temporary file in `tmp/` and are renamed into place, so two runs can
 * share the folder; any entry can be deleted at any time (the folder too). A run killed while writing
 * leaves its temporary file; the next run that writes removes those of processes that are gone.
 */
import { createHash, randomBytes } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { mkdir, readdir, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { alive } from "../util/process.js";

export const CACHE_DIR = ".mandat-cache";

/** sha256 of the parts, each length-prefixed so that ("ab","c") and ("a","bc") differ. */
export function hashOf(...parts: (string | Uint8Array)[]): string {
  const hash = createHash("sha256");
  for (const part of parts) {
    const bytes = typeof part === "string" ? Buffer.from(part) : part;
    hash.update(`${bytes.length}:`);
    hash.update(bytes);
  }
  return hash.digest("hex");
}

export interface Store {
  get(kind: string, key: string): Promise<Buffer | undefined>;
  put(kind: string, key: string, bytes: string | Uint8Array): Promise<void>;
}

/** Remove the temporary files (`tmp/<pid>-<hex>.tmp`) of runs that were killed while writing. */
export async function removeStaleTemps(dir: string): Promise<void> {
  const tmp = join(dir, "tmp");
  for (const name of await readdir(tmp).catch(() => [] as string[])) {
    const pid = /^(\d+)-[0-9a-f]+\.tmp$/.exec(name)?.[1];
    if (!pid || Number(pid) === process.pid || alive(Number(pid))) continue;
    await rm(join(tmp, name), { force: true }).catch(() => undefined);
  }
}

/** Where the entry `key` of `kind` lives in the cache folder `dir`. */
function entryPath(dir: string, kind: string, key: string): string {
  return join(dir, kind, key.slice(0, 2), key);
}

/**
 * A fresh temporary file name in the cache's one folder of temporary files (on the same file system as
 * the entries, so a rename puts it in place), named so that those of killed runs are swept (removeStaleTemps).
 */
export function tempPath(dir: string): string {
  return join(dir, "tmp", `${process.pid}-${randomBytes(4).toString("hex")}.tmp`);
}

/** The store in `dir`; a missing or unwritable folder only costs the cache, never the run. */
export function openStore(dir: string): Store {
  const pathOf = (kind: string, key: string) => entryPath(dir, kind, key);
  let swept: Promise<void> | undefined;
  return {
    // Synchronous: a warm run reads thousands of small entries, faster without a promise each.
    get: async (kind, key) => {
      try {
        return readFileSync(pathOf(kind, key));
      } catch {
        return undefined;
      }
    },
    async put(kind, key, bytes) {
      const target = pathOf(kind, key);
      const temp = tempPath(dir);
      try {
        await (swept ??= removeStaleTemps(dir));
        await mkdir(join(dir, "tmp"), { recursive: true });
        await mkdir(join(dir, kind, key.slice(0, 2)), { recursive: true });
        await writeFile(temp, bytes);
        await rename(temp, target);
      } catch {
        await rm(temp, { force: true });
      }
    },
  };
}

/**
 * One entry read and written synchronously, for code that runs inside a synchronous rule (the git
 * history a corpus rule reads). Same layout and the same temporary-file-then-rename as openStore.
 */
export function readEntrySync(dir: string, kind: string, key: string): Buffer | undefined {
  try {
    return readFileSync(entryPath(dir, kind, key));
  } catch {
    return undefined;
  }
}

export function writeEntrySync(dir: string, kind: string, key: string, bytes: string | Uint8Array): void {
  const temp = tempPath(dir);
  const target = entryPath(dir, kind, key);
  try {
    mkdirSync(dirname(temp), { recursive: true });
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(temp, bytes);
    renameSync(temp, target);
  } catch {
    rmSync(temp, { force: true });
  }
}

/** Removes every entry of `kind` but `key`: for entries only the newest of which is ever asked for again. */
export function keepOnlySync(dir: string, kind: string, key: string): void {
  try {
    for (const name of readdirSync(join(dir, kind), { recursive: true }) as string[]) {
      const base = name.split(/[\\/]/).pop()!;
      if (/^[0-9a-f]{64}$/.test(base) && base !== key) rmSync(join(dir, kind, name), { force: true });
    }
  } catch {
    // Nothing kept yet, or not ours to remove: the cache only costs room.
  }
}

/** A store that keeps nothing (`--no-cache`). */
export const NO_STORE: Store = { get: async () => undefined, put: async () => undefined };
