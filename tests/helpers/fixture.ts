/** A throw-away copy of the repository's mandates/ that a test may break, and the CLI run in-process. */
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { main } from "../../src/cli/main.js";

export const REPO = resolve(fileURLToPath(new URL("../..", import.meta.url)));

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
  const offset = text.indexOf(needle, from);
  if (offset < 0) throw new Error(`not found: ${needle}`);
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  return { line, column: offset - before.lastIndexOf("\n") };
}

export async function copyMandates(): Promise<Fixture> {
  const dir = await mkdtemp(join(tmpdir(), "mandat-test-"));
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
