/**
 * The git index as a tree of files for load (`mandat check --staged`): what `git commit` would
 * record, not what is on disk. At most three git processes, whatever the number of files: `git
 * ls-files -s` lists the staged entries under mandates/ (and .github/CODEOWNERS) with their object
 * ids. A file on disk whose bytes hash to the staged object id holds exactly the staged bytes (git
 * objects are named by their content), so it is taken from disk; only the others, usually the few
 * staged changes, are asked of git: `git cat-file --batch-check` for their sizes and one `git
 * cat-file --batch` for every blob within the size limit. Files that are not in the index are
 * absent; symbolic links are followed inside the index as on disk, so load's sandbox (inside the
 * root, regular files, limits, UTF-8) applies unchanged.
 * GIT_INDEX_FILE is honoured, so a hook run by `git commit <paths>` or `git commit -a` sees the index
 * that commit writes. The resident checker passes the blobs of its last request (`kept`): a file whose
 * object id is among them is not read again.
 */
import { execFileSync } from "node:child_process";
import { closeSync, constants, fstatSync, openSync, readFileSync } from "node:fs";
import { isAbsolute, posix, relative, resolve, sep } from "node:path";
import type { Limits } from "../config/types.js";
import { isWithin } from "../util/paths.js";
import type { Entry, EntryKind, InputFiles } from "./files.js";
import { batchBlobs, blobId } from "./git-objects.js";
import { realRootOf } from "./read.js";

/** Outside a git work tree, or git is missing: `--staged` cannot be answered (a usage error). */
export class NotInGitError extends Error {}

interface IndexEntry {
  kind: EntryKind;
  oid: string;
}

const MAX_BUFFER = 1024 * 1024 * 1024;
const MAX_LINKS = 40;

function git(root: string, args: string[], input?: string): Buffer {
  // GIT_OPTIONAL_LOCKS=0: reading must not refresh (and so lock) the index a commit is writing.
  return execFileSync("git", args, { cwd: root, input, maxBuffer: MAX_BUFFER, stdio: ["pipe", "pipe", "pipe"], env: { ...process.env, GIT_OPTIONAL_LOCKS: "0" } });
}

/** `git ls-files -s -z` → path (relative to root) → entry, merged entries only (a commit has no others). */
function listIndex(root: string, pathspecs: string[]): Map<string, IndexEntry> {
  let out: Buffer;
  try {
    out = git(root, ["ls-files", "-s", "-z", "--", ...pathspecs]);
  } catch (error) {
    const said = String((error as { stderr?: Buffer }).stderr ?? "").trim().split("\n")[0];
    throw new NotInGitError(`--staged läser dokumenten ur gits index, men ${root} är inte i ett git-repositorium${said ? ` (${said})` : ""}.`);
  }
  const entries = new Map<string, IndexEntry>();
  for (const record of out.toString("utf8").split("\0")) {
    const tab = record.indexOf("\t");
    if (tab < 0) continue;
    const [mode, oid, stage] = record.slice(0, tab).split(" ");
    if (stage !== "0") continue;
    const kind: EntryKind = mode === "120000" ? "link" : mode === "100644" || mode === "100755" ? "file" : "other";
    entries.set(record.slice(tab + 1), { kind, oid: oid! });
  }
  return entries;
}

/** Object id → size, for every object asked (one `git cat-file --batch-check`). */
function sizesOf(root: string, oids: string[]): Map<string, number> {
  const sizes = new Map<string, number>();
  if (oids.length === 0) return sizes;
  for (const line of git(root, ["cat-file", "--batch-check"], oids.join("\n") + "\n").toString("utf8").split("\n")) {
    const [oid, type, size] = line.split(" ");
    if (type === "blob") sizes.set(oid!, Number(size));
  }
  return sizes;
}

/** Object id → bytes, for every blob asked (one `git cat-file --batch`). */
function blobsOf(root: string, oids: string[]): Map<string, Buffer> {
  if (oids.length === 0) return new Map();
  const objects = batchBlobs(git(root, ["cat-file", "--batch"], oids.join("\n") + "\n"));
  return new Map(objects.flatMap((object) => (object ? [[object.oid, object.bytes] as const] : [])));
}

/**
 * The bytes of the file on disk when they are the staged blob `oid` (git's object id: SHA-1 or SHA-256
 * of "blob <size>\0" and the bytes), else undefined. Only a regular file within the size limit is
 * read, never through a link and never a pipe: a file that differs is simply asked of git.
 */
function sameOnDisk(absolute: string, oid: string, maxBytes: number): Buffer | undefined {
  let fd: number;
  try {
    fd = openSync(absolute, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0));
  } catch {
    return undefined;
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile() || info.size > maxBytes) return undefined;
    const bytes = readFileSync(fd);
    return blobId(bytes, oid.length === 64 ? "sha256" : "sha1") === oid ? bytes : undefined;
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

function fsError(code: string, path: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: ${path}`), { code });
}

/**
 * The index of the git repository that holds `root`, as load reads it. The paths load asks about are
 * the paths these files have on disk; the "real paths" it gets back are those paths with the links
 * in the index resolved (never the disk's).
 */
export function stagedFiles(root: string, limits: Limits, kept?: Map<string, Buffer>): InputFiles {
  const given = resolve(root);
  const realRoot = realRootOf(root);
  let entries = listIndex(given, ["mandates", ".github/CODEOWNERS"]);
  // A staged link may lead anywhere in the repository: then the whole index is needed.
  if ([...entries.values()].some((e) => e.kind === "link")) entries = listIndex(given, ["."]);

  const blobs = new Map<string, Buffer>();
  for (const [path, entry] of entries) {
    if (entry.kind !== "file" || blobs.has(entry.oid)) continue;
    // An object id names its bytes: those kept from an earlier request are these bytes.
    const bytes = kept?.get(entry.oid) ?? sameOnDisk(resolve(given, path), entry.oid, limits.maxFileBytes);
    if (bytes) blobs.set(entry.oid, bytes);
  }
  const asked = [...new Set([...entries.values()].filter((e) => e.kind !== "other" && !blobs.has(e.oid)).map((e) => e.oid))];
  const sizes = sizesOf(given, asked);
  for (const [oid, bytes] of blobs) sizes.set(oid, bytes.length);
  // Links' targets, and every file within the size limit (a larger one is refused before it is read).
  const wanted = asked.filter((oid) => (sizes.get(oid) ?? 0) <= limits.maxFileBytes);
  for (const [oid, bytes] of blobsOf(given, wanted)) blobs.set(oid, bytes);
  if (kept) {
    kept.clear();
    for (const [path, entry] of entries) if (entry.kind === "file" && path.startsWith("mandates/") && blobs.has(entry.oid)) kept.set(entry.oid, blobs.get(entry.oid)!);
  }

  // Folder (relative, "" for the root) → its entries.
  const folders = new Map<string, Map<string, EntryKind>>([["", new Map()]]);
  for (const [path, entry] of entries) {
    const parts = path.split("/");
    for (let i = 0; i < parts.length; i++) {
      const folder = parts.slice(0, i).join("/");
      if (!folders.has(folder)) folders.set(folder, new Map());
      folders.get(folder)!.set(parts[i]!, i === parts.length - 1 ? entry.kind : "dir");
    }
  }
  const kindAt = (rel: string): EntryKind | undefined => (rel === "" ? "dir" : folders.get(posix.dirname(rel) === "." ? "" : posix.dirname(rel))?.get(posix.basename(rel)));

  /** A path relative to the root ("" is the root), or undefined when it lies outside the root. */
  const relOf = (path: string): string | undefined => {
    const absolute = resolve(path);
    for (const base of [given, realRoot]) if (isWithin(absolute, base)) return relative(base, absolute).split(sep).join("/");
    return undefined;
  };

  /** Resolve links component by component, as realpath does, within the index. */
  const realRel = (path: string): string | { outside: string } => {
    let hops = 0;
    const start = relOf(path);
    if (start === undefined) return { outside: resolve(path) };
    const todo = start.split("/").filter((p) => p && p !== ".");
    let done = "";
    while (todo.length > 0) {
      const part = todo.shift()!;
      if (part === "..") {
        if (done === "") return { outside: resolve(realRoot, "..", ...todo) };
        done = posix.dirname(done) === "." ? "" : posix.dirname(done);
        continue;
      }
      const next = done ? `${done}/${part}` : part;
      const kind = kindAt(next);
      if (kind === undefined) throw fsError("ENOENT", path);
      if (kind === "link") {
        if (++hops > MAX_LINKS) throw fsError("ELOOP", path);
        const target = blobs.get(entries.get(next)!.oid)?.toString("utf8") ?? "";
        if (isAbsolute(target)) {
          const rel = relOf(target);
          if (rel === undefined) return { outside: resolve(target, ...todo) };
          done = "";
          todo.unshift(...rel.split("/").filter(Boolean));
        } else todo.unshift(...target.split("/").filter((p) => p && p !== "."));
        continue;
      }
      if (kind !== "dir" && todo.length > 0) throw fsError("ENOTDIR", path);
      done = next;
    }
    return done;
  };
  const real = (path: string): string => {
    const rel = realRel(path);
    return typeof rel === "string" ? (rel ? resolve(realRoot, rel) : realRoot) : rel.outside;
  };
  const relOfReal = (path: string): string | undefined => {
    const rel = realRel(path);
    return typeof rel === "string" ? rel : undefined;
  };

  return {
    async list(dir) {
      const rel = relOfReal(dir);
      const folder = rel === undefined ? undefined : folders.get(rel);
      if (!folder) throw fsError(rel !== undefined && kindAt(rel) ? "ENOTDIR" : "ENOENT", dir);
      return [...folder].map(([name, kind]): Entry => ({ name, kind }));
    },
    async exists(path) {
      const rel = relOf(path);
      if (rel === undefined) return false;
      try {
        const parent = posix.dirname(rel);
        const folder = relOfReal(resolve(given, parent === "." ? "" : parent));
        return folder !== undefined && (rel === "" || folders.get(folder)?.has(posix.basename(rel)) === true);
      } catch {
        return false;
      }
    },
    async kind(path) {
      try {
        const rel = relOfReal(path);
        return rel === undefined ? undefined : kindAt(rel);
      } catch {
        return undefined;
      }
    },
    realpath: real,
    open(path) {
      const rel = relOfReal(path);
      if (rel === undefined) throw fsError("ENOENT", path);
      const kind = kindAt(rel);
      if (kind === undefined) throw fsError("ENOENT", path);
      const entry = entries.get(rel);
      const size = entry ? (sizes.get(entry.oid) ?? 0) : 0;
      return {
        size,
        // The object id: the same id is the same bytes.
        ...(entry && { stamp: `git:${entry.oid}` }),
        isFile: kind === "file",
        read(max) {
          const bytes = blobs.get(entry!.oid) ?? git(given, ["cat-file", "blob", entry!.oid]);
          return bytes.subarray(0, max);
        },
        close() {},
      };
    },
  };
}
