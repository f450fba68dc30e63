/** `mandat check`: prints the diagnostics in the chosen format and says what was checked. */
import { check } from "../check.js";
import type { Config } from "../config/types.js";
import { formatters, type FormatName } from "../diagnostics/format/index.js";
import type { Lang } from "../diagnostics/messages.js";
import { createRequire } from "node:module";
import { rules } from "../rules/index.js";
import { EXIT, sourcesOf, UsageError, type Io } from "./io.js";
import { messages } from "./messages.js";
import { mark } from "../util/timing.js";

export interface CheckCommandOptions {
  root: string;
  cwd: string;
  paths: string[];
  lang: Lang;
  config: Config;
  format: FormatName;
  io: Io;
  color: boolean;
  cache?: boolean;
  jobs?: number;
  /** Apply the unambiguous suggestions first (cli/fix.ts), then check. */
  fix?: boolean;
  /** Check what is staged in git (the index), not the files on disk: the pre-commit hook's check. */
  staged?: boolean;
}

export async function runCheck(options: CheckCommandOptions): Promise<number> {
  const { io, lang, format } = options;
  if (options.staged && options.fix) throw new UsageError(messages[lang].stagedFix);
  if (options.fix) await (await import("./fix.js")).runFixes(options, io);
  mark("command line and config");
  const files = options.staged ? await stagedInput(options.root, options.config, options.cache !== false) : undefined;
  if (files) mark("git index listed");
  const result = await check({ root: options.root, cwd: options.cwd, paths: options.paths, lang, config: options.config, cache: options.cache, jobs: options.jobs, ...(files && { files }) });
  const clean = format === "stylish" && result.diagnostics.length === 0;
  io.stdout.write(clean ? messages[lang][options.staged ? "checkedStaged" : "checked"](result.documents.length) : formatters[format](result.diagnostics, { lang, sources: sourcesOf(result), color: options.color, rules, version: mandatVersion() }));
  if (format === "stylish" && result.suppressed.length > 0) io.stdout.write(messages[lang].suppressed(result.suppressed.length));
  mark("printed");
  return result.errorCount > 0 ? EXIT.problems : EXIT.ok;
}

/** mandat's own version (package.json beside dist/ and src/). */
export function mandatVersion(): string {
  return String((createRequire(import.meta.url)("../../package.json") as { version: string }).version);
}

/** The git index as load's tree; outside git a usage error (exit 2). */
async function stagedInput(root: string, config: Config, cache: boolean) {
  const [{ stagedFiles, NotInGitError }, { limitsOf }, { keptBlobs }] = await Promise.all([import("../load/staged.js"), import("../config/types.js"), import("../check/resident.js")]);
  try {
    // In the resident checker, the blobs of its last request are not read again.
    return stagedFiles(root, limitsOf(config), cache ? keptBlobs() : undefined);
  } catch (error) {
    if (error instanceof NotInGitError) throw new UsageError(error.message);
    throw error;
  }
}
