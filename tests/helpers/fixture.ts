/** The acceptance layer: a throw-away copy of the real repository's documents, and the CLI run in-process. */
import { cp, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { main } from "../../src/cli/main.js";
import { pointOf } from "./rule-tester.js";
import { REPO_ROOT, tempDir } from "./repo.js";

export const REPO = REPO_ROOT;

export interface Fixture {
  dir: string;
  read(rel: string): Promise<string>;
  write(rel: string, text: string): Promise<void>;
  /** Replace `from` (which must occur) in a file; returns the 1-based line and column where `to` starts. */
  replace(rel: string, from: string, to: string): Promise<{ line: number; column: number }>;
  remove(): Promise<void>;
}

/** Where `needle` starts in `text`, 1-based, like the diagnostics. */
export function locate(text: string, needle: string, from = 0): { line: number; column: number } {
  const { line, column } = pointOf(text, needle, from);
  return { line, column };
}

/** A copy of the real mandates/ and mandat.config.json in a temporary root. */
export async function copyMandates(): Promise<Fixture> {
  const dir = await tempDir("mandates");
  await cp(join(REPO, "mandates"), join(dir, "mandates"), { recursive: true });
  await cp(join(REPO, "mandat.config.json"), join(dir, "mandat.config.json"));
  const abs = (rel: string) => join(dir, rel);
  return {
    dir,
    read: (rel) => readFile(abs(rel), "utf8"),
    write: (rel, text) => writeFile(abs(rel), text),
    async replace(rel, from, to) {
      const text = await readFile(abs(rel), "utf8");
      if (!text.includes(from)) throw new Error(`${rel} does not contain ${JSON.stringify(from)}`);
      const next = text.replace(from, to);
      await writeFile(abs(rel), next);
      return locate(next, to, text.indexOf(from));
    },
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run `mandat <args>` in-process with captured output, as a user in `cwd` would. */
export async function cli(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const code = await main({
    argv: args,
    cwd,
    env: { NO_COLOR: "1", ...env },
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
  });
  return { code, stdout, stderr };
}
