/** What the command line shares: its streams, its exit codes, the source texts for code frames. */
import type { CheckResult } from "../check.js";
import type { Interrupt } from "./interrupt.js";

export interface Io {
  argv: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: { write(s: string): unknown; isTTY?: boolean };
  stderr: { write(s: string): unknown; isTTY?: boolean };
  /** Signals from outside (Ctrl-C, kill): a build stops and cleans up (see interrupt.ts). */
  interrupt?: Interrupt;
}

export const EXIT = { ok: 0, problems: 1, usage: 2 } as const;

/** A mistake in how mandat was called (a path, --out, the config): exit 2 with a plain sentence, no stack. */
export class UsageError extends Error {}

/** Source text by display path, so the stylish format can show the offending lines. */
export function sourcesOf(result: CheckResult): Map<string, string> {
  const files = result.documents.concat(result.registryFiles).map((f) => f.source).concat(result.sharedTexts);
  return new Map(files.map((f) => [f.path, f.value]));
}
