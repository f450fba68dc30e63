/**
 * A content-addressed cache on disk (`.mandat-cache/` at the repository root, ignored by git): an
 * entry is named by the hash of everything that can change it, so a stale entry is never read, only
 * left behind. Writes go to a temporary file and are renamed into place, so two runs can share the
 * folder; any entry can be deleted at any time (the folder too).
 */
import { createHash, randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";

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

/** The store in `dir`; a missing or unwritable folder only costs the cache, never the run. */
export function openStore(dir: string): Store {
  const pathOf = (kind: string, key: string) => join(dir, kind, key.slice(0, 2), key);
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
      const temp = `${target}.${process.pid}-${randomBytes(4).toString("hex")}.tmp`;
      try {
        await mkdir(join(dir, kind, key.slice(0, 2)), { recursive: true });
        await writeFile(temp, bytes);
        await rename(temp, target);
      } catch {
        await rm(temp, { force: true });
      }
    },
  };
}

/** A store that keeps nothing (`--no-cache`). */
export const NO_STORE: Store = { get: async () => undefined, put: async () => undefined };
