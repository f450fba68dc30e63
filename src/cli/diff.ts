/** `mandat diff <rev> [<rev>]`: what changed between two revisions (or a revision and the working copy), in plain words. */
import { formatDiffMarkdown, formatDiffText } from "../diff/format.js";
import { RevisionError, snapshotAt, snapshotOfWorkingCopy } from "../diff/revision.js";
import { semanticDiff } from "../diff/semantic.js";
import { EXIT, UsageError, type Io } from "./io.js";

export interface DiffOptions {
  root: string;
  io: Io;
  from: string;
  to?: string;
  format: "text" | "markdown";
}

export async function runDiff(o: DiffOptions): Promise<number> {
  try {
    const from = await snapshotAt(o.root, o.from);
    const to = o.to ? await snapshotAt(o.root, o.to) : await snapshotOfWorkingCopy(o.root);
    const diff = semanticDiff(from, to);
    o.io.stdout.write(o.format === "markdown" ? formatDiffMarkdown(diff) : formatDiffText(diff));
    return EXIT.ok;
  } catch (error) {
    if (error instanceof RevisionError) throw new UsageError(error.message);
    throw error;
  }
}
