/**
 * A git revision's documents, read with `git show rev:path` into a temporary root and checked there by
 * the same pipeline as any other run (load, parse, validate, link): a diff compares what mandat itself
 * made of both sides, never a second reading of the files.
 */
import { execFile } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import { check, type CheckResult } from "../check.js";
import type { Config } from "../config/types.js";

const run = promisify(execFile);

/** A revision git does not know, or a folder that is not in git: the user's mistake (exit 2). */
export class RevisionError extends Error {}

async function git(root: string, args: string[]): Promise<Buffer> {
  try {
    const { stdout } = await run("git", ["-C", root, ...args], { encoding: "buffer", maxBuffer: 512 * 1024 * 1024 });
    return stdout;
  } catch (error) {
    const stderr = String((error as { stderr?: Buffer }).stderr ?? "").trim();
    throw new RevisionError(stderr.split("\n")[0] || (error as Error).message);
  }
}

/** The short commit id of `rev`, checking that git knows it. */
export async function resolveRevision(root: string, rev: string): Promise<string> {
  try {
    return (await git(root, ["rev-parse", "--verify", "--short", `${rev}^{commit}`])).toString("utf8").trim();
  } catch {
    throw new RevisionError(`Git känner inte revisionen ${rev} i ${root}. Ange en gren, en tagg eller en commit, till exempel main.`);
  }
}

export interface Snapshot {
  /** What the reader calls it: a revision name or "arbetskopian". */
  label: string;
  result: CheckResult;
}

/** The documents and registers of `rev` as mandat reads them. */
export async function snapshotAt(root: string, rev: string, config?: Config): Promise<Snapshot> {
  await resolveRevision(root, rev);
  const listed = (await git(root, ["ls-tree", "-r", "-z", "--name-only", rev, "--", "mandates", "mandat.config.json"])).toString("utf8");
  const files = listed.split("\0").filter(Boolean);
  const dir = await mkdtemp(join(tmpdir(), "mandat-diff-"));
  try {
    await mkdir(join(dir, "mandates"), { recursive: true });
    for (const file of files) {
      const bytes = await git(root, ["show", `${rev}:./${file}`]);
      await mkdir(dirname(join(dir, file)), { recursive: true });
      await writeFile(join(dir, file), bytes);
    }
    const result = await check({ root: dir, cwd: dir, cache: false, keepTrees: true, jobs: 1, ...(config && { config }) });
    return { label: rev, result };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The working copy as it is on disk. */
export async function snapshotOfWorkingCopy(root: string, config?: Config): Promise<Snapshot> {
  const result = await check({ root, cwd: root, cache: false, keepTrees: true, jobs: 1, ...(config && { config }) });
  return { label: "arbetskopian", result };
}
