/**
 * Revision history of the documents from git: one `git log` over mandates/ for the whole tree, and
 * one `git cat-file --batch` for the frontmatter of each mandate at each of its commits (its
 * diarienummer and decision then). Two processes per build, however many documents. Without git,
 * or outside a repository, there is simply no history.
 */
import { spawn } from "node:child_process";
import { parse as parseYaml } from "yaml";
import { mandateStatus } from "../doctypes/lifecycle.js";
import type { Mandate } from "../doctypes/mandate/data.generated.js";
import { batchBlobs } from "../load/git-objects.js";

export interface Revision {
  commit: string;
  /** Author date, YYYY-MM-DD. */
  date: string;
  author: string;
  message: string;
  /** Read from the file as it was in this commit (mandates only). */
  status?: string;
  diarienummer?: string;
  decided?: string;
  decidedBy?: string;
}

/** Commits per file path relative to `root` (forward slashes), newest first. */
export type History = Map<string, Revision[]>;

const RECORD = "\x1e";
const FIELD = "\x1f";

/**
 * The history of every file under `root/mandates`, or an empty map when git is missing or `root`
 * is not in a work tree. `withFacts` names the files whose frontmatter is read at every revision.
 */
export async function readHistory(root: string, withFacts: (path: string) => boolean): Promise<History> {
  const history: History = new Map();
  const log = (await run(root, ["log", "--no-renames", "--relative", `--format=${RECORD}%H${FIELD}%as${FIELD}%an${FIELD}%s`, "--name-only", "--", "mandates"]))?.toString("utf8");
  if (log === undefined) return history;
  for (const record of log.split(RECORD).slice(1)) {
    const [head = "", ...files] = record.split("\n");
    const [commit = "", date = "", author = "", message = ""] = head.split(FIELD);
    for (const file of files.map((f) => f.trim()).filter(Boolean)) {
      const list = history.get(file) ?? [];
      list.push({ commit, date, author, message });
      history.set(file, list);
    }
  }
  const wanted = [...history].flatMap(([file, revisions]) => (withFacts(file) ? revisions.map((r) => ({ file, r })) : []));
  if (wanted.length > 0) {
    const out = await run(root, ["cat-file", "--batch"], wanted.map(({ file, r }) => `${r.commit}:./${file}\n`).join(""));
    if (out !== undefined) readFacts(out, wanted.map((w) => w.r));
  }
  return history;
}

/** Fill each revision from the batch output (one object per request line, in order). */
function readFacts(bytes: Buffer, revisions: Revision[]): void {
  batchBlobs(bytes).forEach((object, i) => {
    // No object: the file was deleted in that commit.
    if (object && revisions[i]) Object.assign(revisions[i], facts(object.bytes.toString("utf8")));
  });
}

function facts(text: string): Partial<Revision> {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (!match) return {};
  let data: unknown;
  try {
    data = parseYaml(match[1]!);
  } catch {
    return {};
  }
  if (!data || typeof data !== "object") return {};
  const d = data as { status?: unknown; diarienummer?: unknown; decision?: { date?: unknown; decidedBy?: { text?: unknown; person?: unknown; role?: unknown } }; repealed?: unknown };
  const str = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);
  const decided = str(d.decision?.date);
  // As the lifecycle infers it, but only a decision with its date counts here (an old revision may be half-written).
  const status = str(d.status) ?? mandateStatus({ repealed: d.repealed, decision: decided ? d.decision : undefined } as Pick<Mandate, "status" | "decision" | "repealed">);
  return { status, diarienummer: str(d.diarienummer), decided, decidedBy: str(d.decision?.decidedBy?.person) ?? str(d.decision?.decidedBy?.role) ?? str(d.decision?.decidedBy?.text) };
}

/** stdout of git, or undefined when git is missing or fails (not a repository). */
function run(cwd: string, args: string[], input?: string): Promise<Buffer | undefined> {
  return new Promise((resolve) => {
    let child;
    try {
      child = spawn("git", args, { cwd, stdio: ["pipe", "pipe", "ignore"], env: { ...process.env, GIT_OPTIONAL_LOCKS: "0" } });
    } catch {
      resolve(undefined);
      return;
    }
    const chunks: Buffer[] = [];
    child.stdout.on("data", (c: Buffer) => chunks.push(c));
    child.on("error", () => resolve(undefined));
    child.on("close", (code) => resolve(code === 0 ? Buffer.concat(chunks) : undefined));
    child.stdin.on("error", () => undefined);
    child.stdin.end(input ?? "");
  });
}
