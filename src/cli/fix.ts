/** `mandat check --fix`: apply the unambiguous suggestions, say what changed, then check again. */
import { applyFixes } from "../fix.js";
import { check } from "../check.js";
import type { Config } from "../config/types.js";
import type { Lang } from "../diagnostics/messages.js";
import type { Io } from "./io.js";

export interface FixOptions {
  root: string;
  cwd: string;
  paths: string[];
  lang: Lang;
  config: Config;
  format: string;
  jobs?: number;
}

const TEXT: Record<Lang, { fixed: (n: number) => string; none: string }> = {
  sv: {
    fixed: (n) => `Rättade ${n} ${n === 1 ? "ställe" : "ställen"} (mandat check --fix):\n`,
    none: "Inget att rätta automatiskt (mandat check --fix).\n",
  },
  en: {
    fixed: (n) => `Fixed ${n} ${n === 1 ? "place" : "places"} (mandat check --fix):\n`,
    none: "Nothing to fix automatically (mandat check --fix).\n",
  },
};

/** Applies the fixes and writes what changed; the caller then checks and prints as usual. */
export async function runFixes(options: FixOptions, io: Io): Promise<void> {
  const { lang } = options;
  // A fresh check: a cached result would do, but fixing is rare and must see the files as they are.
  const result = await check({ root: options.root, cwd: options.cwd, paths: options.paths, lang, config: options.config, cache: false, jobs: options.jobs });
  const fixes = await applyFixes(result, options.cwd);
  // JSON and GitHub output stay machine-readable: the report goes to stderr there.
  const out = options.format === "stylish" ? io.stdout : io.stderr;
  out.write(fixes.length === 0 ? TEXT[lang].none : TEXT[lang].fixed(fixes.length));
  for (const f of fixes) out.write(`  ${f.file}:${f.line}:${f.column}  "${f.from}" → "${f.to}"  ${f.ruleId}\n`);
}
