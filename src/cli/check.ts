/** `mandat check`: prints the diagnostics in the chosen format and says what was checked. */
import { check } from "../check.js";
import type { Config } from "../config/types.js";
import { formatters, type FormatName } from "../diagnostics/format/index.js";
import type { Lang } from "../diagnostics/messages.js";
import { createRequire } from "node:module";
import { rules } from "../rules/index.js";
import { EXIT, sourcesOf, type Io } from "./io.js";
import { messages } from "./messages.js";

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
}

export async function runCheck(options: CheckCommandOptions): Promise<number> {
  const { io, lang, format } = options;
  if (options.fix) await (await import("./fix.js")).runFixes(options, io);
  const result = await check({ root: options.root, cwd: options.cwd, paths: options.paths, lang, config: options.config, cache: options.cache, jobs: options.jobs });
  const clean = format === "stylish" && result.diagnostics.length === 0;
  io.stdout.write(clean ? messages[lang].checked(result.documents.length) : formatters[format](result.diagnostics, { lang, sources: sourcesOf(result), color: options.color, rules, version: mandatVersion() }));
  if (format === "stylish" && result.suppressed.length > 0) io.stdout.write(messages[lang].suppressed(result.suppressed.length));
  return result.errorCount > 0 ? EXIT.problems : EXIT.ok;
}

/** mandat's own version (package.json beside dist/ and src/). */
export function mandatVersion(): string {
  return String((createRequire(import.meta.url)("../../package.json") as { version: string }).version);
}
