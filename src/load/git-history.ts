/**
 * Earlier revisions of files from git, for rules that compare a document with its history (an adopted
 * mandate's decision facts). Reads with the `git` command line: one `git log` over the files' folder
 * (renames followed, as `git log --follow` does) and `git cat-file --batch` for the texts, asked in
 * rounds so that only the revisions a caller looks at are read. Each reading is a generator of git
 * calls, run blocking (runSync) or not (runAsync: git works while this process parses). Outside a git
 * work tree, or without git, there is no history and nothing is reported.
 */
import { execFile, execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { realpathSync } from "node:fs";
import { dirname, relative, sep } from "node:path";
import { hashOf, keepOnlySync, readEntrySync, writeEntrySync } from "../cache/store.js";
import { batchBlobs, blobId } from "./git-objects.js";

export interface Revision {
  commit: string;
  /** Committer date, YYYY-MM-DD. */
  date: string;
  /** The file's path in that commit, relative to the top of the work tree. */
  path: string;
  /** The git object id of the file's text in that commit (compare with gitBlobId). */
  blob?: string;
}

export interface History {
  /** Revisions of a file (absolute path) that changed it, newest first; renames followed. */
  revisions(absolute: string): Revision[];
  /** The texts of revisions, in the order asked (one `git cat-file` for all of them). */
  texts(revisions: readonly Revision[]): string[];
  /** texts() as a step for runSync or runAsync (git then runs while this process does other work). */
  reading(revisions: readonly Revision[]): Generator<GitCall, string[], Buffer | undefined>;
}

const GIT_TIMEOUT = 60_000;
/** Bump when the log's format (the git arguments) changes: older cached logs are then not read. */
const LOG_FORMAT = "git-log 1";
const MAX_BUFFER = 512 * 1024 * 1024;

/** One run of git, asked for by a reading step; the step gets its output, or undefined when it failed (outside git, no commit yet, no git). */
export interface GitCall {
  cwd: string;
  args: string[];
  input?: string;
}

const gitOptions = () => ({ maxBuffer: MAX_BUFFER, timeout: GIT_TIMEOUT, env: { ...process.env, GIT_OPTIONAL_LOCKS: "0" } });

function gitSync({ cwd, args, input }: GitCall): Buffer | undefined {
  try {
    return execFileSync("git", args, { cwd, input, ...gitOptions(), stdio: ["pipe", "pipe", "ignore"] });
  } catch {
    return undefined;
  }
}

function gitAsync({ cwd, args, input }: GitCall): Promise<Buffer | undefined> {
  return new Promise((resolve) => {
    const child = execFile("git", args, { cwd, ...gitOptions(), encoding: "buffer" }, (error, stdout) => resolve(error ? undefined : stdout));
    child.stdin?.on("error", () => undefined); // git may exit before reading all of its input
    child.stdin?.end(input ?? "");
  });
}

/** Runs the git calls a reading step asks for, one after the other, blocking. */
export function runSync<T>(steps: Generator<GitCall, T, Buffer | undefined>): T {
  let step = steps.next();
  while (!step.done) step = steps.next(gitSync(step.value));
  return step.value;
}

/** Runs them without blocking. */
export async function runAsync<T>(steps: Generator<GitCall, T, Buffer | undefined>): Promise<T> {
  let step = steps.next();
  while (!step.done) step = steps.next(await gitAsync(step.value));
  return step.value;
}

/**
 * The history of the files under `folder` (absolute), or undefined outside a git work tree or before
 * the first commit. With `cacheDir`, the log is kept there under the commit it was read at: history
 * below a commit never changes, so a run at the same HEAD reads the file instead of asking git.
 */
export function gitHistory(folder: string, cacheDir?: string): History | undefined {
  return runSync(openHistory(folder, cacheDir));
}

/** gitHistory without blocking: `git log` runs while this process does other work. */
export function gitHistoryAsync(folder: string, cacheDir?: string): Promise<History | undefined> {
  return runAsync(openHistory(folder, cacheDir));
}

function* openHistory(folder: string, cacheDir?: string): Generator<GitCall, History | undefined, Buffer | undefined> {
  const [shown, head] = (yield { cwd: folder, args: ["rev-parse", "--show-toplevel", "HEAD"] })?.toString("utf8").trim().split("\n") ?? [];
  if (!shown || !head) return undefined; // outside git, or no commit yet
  let top: string;
  try {
    top = realpathSync(shown);
  } catch {
    return undefined;
  }
  const rel = (absolute: string): string => relative(top, realpathSync.native(absolute)).split(sep).join("/");
  const scope = rel(folder) || ".";
  const key = hashOf(LOG_FORMAT, top, head, scope);
  let log = cacheDir ? readEntrySync(cacheDir, "git-log", key)?.toString("utf8") : undefined;
  if (log === undefined) {
    // One entry per commit: NUL, hash, TAB, date, then raw lines `:modes old new status\tpath[\tnewpath]`
    // (renames as R): the object ids let a caller skip reading a revision that equals the file now.
    log = (yield { cwd: top, args: ["-c", "core.quotePath=false", "log", "-M", "--raw", "--no-abbrev", "--no-merges", "--format=%x00%H%x09%cs", head, "--", scope] })?.toString("utf8");
    if (log === undefined) return undefined;
    if (cacheDir) {
      writeEntrySync(cacheDir, "git-log", key, log);
      // Only the log at HEAD is read again (an older one only after switching back, and then git is asked).
      keepOnlySync(cacheDir, "git-log", key);
    }
  }
  const commits = log
    .split("\0")
    .filter((entry) => entry.trim())
    .map((entry) => {
      const [head, ...lines] = entry.split("\n");
      const [commit, date] = head!.split("\t");
      const changes = lines
        .filter((line) => line.startsWith(":"))
        .map((line) => {
          const [meta, from, to] = line.split("\t");
          const [, , , blob, status] = meta!.split(" ");
          return { status: status!, from: from!, to, blob: blob! };
        });
      return { commit: commit!, date: date!, changes };
    });

  function* reading(revisions: readonly Revision[]): Generator<GitCall, string[], Buffer | undefined> {
    if (revisions.length === 0) return [];
    const out = yield { cwd: top, args: ["cat-file", "--batch"], input: revisions.map((r) => `${r.commit}:${r.path}\n`).join("") };
    if (out === undefined) throw new Error("git cat-file --batch failed");
    return batchBlobs(out).map((object) => object?.bytes.toString("utf8") ?? "");
  }

  return {
    revisions(absolute) {
      let path: string;
      try {
        path = rel(absolute);
      } catch {
        return [];
      }
      const found: Revision[] = [];
      walk: for (const { commit, date, changes } of commits) {
        for (const { status, from, to, blob } of changes) {
          if (status.startsWith("R") && to === path) {
            found.push({ commit, date, path, blob });
            path = from!; // older commits know it by its old name
            continue walk;
          }
          if (from !== path) continue;
          // Deleted here: an older file of that name was another document.
          if (status === "D") break walk;
          found.push({ commit, date, path, blob });
          continue walk;
        }
      }
      return found;
    },
    texts: (revisions) => runSync(reading(revisions)),
    reading,
  };
}

/** The git object id of a text as a file's bytes (UTF-8): what Revision.blob is when the file is unchanged. */
export function gitBlobId(text: string): string {
  return blobId(Buffer.from(text, "utf8"));
}

/** The folder of a file, for gitHistory. */
export const folderOf = dirname;

/** Where a document's text came from: its path in the repository, the commit, and its SHA-256. */
export interface Provenance {
  /** Path from the repository root, forward slashes. */
  path: string;
  /** SHA-256 (hex) of the file's bytes as read. */
  sha256: string;
  /** The last commit that changed the file; absent outside git or for a file never committed. */
  commit?: string;
  /** The file differs from that commit (uncommitted changes). */
  modified?: boolean;
}

/** Provenance of each file (absolute path → its text), with one git log and one cat-file for all of them. */
export function provenanceOf(root: string, files: readonly { absolute: string; text: string }[]): Provenance[] {
  const history = gitHistory(root);
  const last = files.map((f) => history?.revisions(f.absolute)[0]);
  // The object id says whether the file is as committed; only a revision without one is read.
  const unknown = last.filter((r): r is Revision => Boolean(r && !r.blob));
  const committed = history && unknown.length > 0 ? history.texts(unknown) : [];
  let k = 0;
  const realRoot = realpathSync(root);
  return files.map((f, i) => {
    const path = relative(realRoot, realpathSync(f.absolute)).split(sep).join("/");
    const sha256 = createHash("sha256").update(f.text, "utf8").digest("hex");
    const revision = last[i];
    if (!revision) return { path, sha256 };
    return { path, sha256, commit: revision.commit, modified: revision.blob ? revision.blob !== gitBlobId(f.text) : committed[k++] !== f.text };
  });
}
