/** Check = load → parse → validate → link. Returns every diagnostic of every file; never prints. */
import { compareDiagnostics, type Diagnostic } from "./diagnostics/diagnostic.js";
import { Reporter } from "./diagnostics/reporter.js";
import { applySuppressions } from "./diagnostics/suppress.js";
import { link } from "./link/index.js";
import type { Registry } from "./link/registry.js";
import { load } from "./load/index.js";
import { parseFile } from "./parse/index.js";
import type { Lang, RuleSeverity } from "./rules/define.js";
import { rules } from "./rules/index.js";
import { validateFile, type ValidatedFile } from "./validate/index.js";

export interface CheckOptions {
  /** Repository root: where mandates/ lives. */
  root: string;
  /** Working directory, for display paths; default root. */
  cwd?: string;
  /** Files or folders to check; default all of mandates/. */
  paths?: string[];
  lang?: Lang;
  /** Per-rule severity overrides, e.g. { "required-sections": "warning" }. */
  rules?: Record<string, RuleSeverity>;
}

export interface CheckResult {
  diagnostics: Diagnostic[];
  errorCount: number;
  warningCount: number;
  /** Diagnostics hidden by mandat-disable-next-line comments. */
  suppressed: Diagnostic[];
  /** Every document that was read, in path order; `fatal` or not `schemaValid` ones cannot be rendered. */
  documents: ValidatedFile[];
  registryFiles: ValidatedFile[];
  registry: Registry;
}

export async function check(options: CheckOptions): Promise<CheckResult> {
  const reporter = new Reporter(options.lang ?? "sv", options.rules ?? {});
  const loaded = await load({ root: options.root, cwd: options.cwd ?? options.root, paths: options.paths });
  const registryFiles = loaded.registry.map((f) => validateFile(parseFile(f, reporter), reporter));
  const documents = loaded.documents.map((f) => validateFile(parseFile(f, reporter), reporter));
  const registry = link(documents, registryFiles, reporter);
  const sources = new Map([...loaded.documents, ...loaded.registry].map((f) => [f.path, f.value]));
  const suppressed = applySuppressions(sources, rules, reporter);
  const diagnostics = reporter.diagnostics.sort(compareDiagnostics);
  return {
    diagnostics,
    errorCount: diagnostics.filter((d) => d.severity === "error").length,
    warningCount: diagnostics.filter((d) => d.severity === "warning").length,
    suppressed,
    documents,
    registryFiles,
    registry,
  };
}
