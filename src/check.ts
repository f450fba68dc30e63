/** Check = load → parse → validate → link. Returns every diagnostic of every file; never prints. */
import { loadConfig, type Config } from "./config.js";
import { compareDiagnostics, type Diagnostic } from "./diagnostics/diagnostic.js";
import { Reporter } from "./diagnostics/reporter.js";
import { applySuppressions } from "./diagnostics/suppress.js";
import { link } from "./link/index.js";
import type { Registry } from "./link/registry.js";
import { load } from "./load/index.js";
import type { SourceFile } from "./load/source.js";
import { IncludeResolver } from "./parse/include.js";
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
  /** Today's date (YYYY-MM-DD) for validity checks; default the system date. */
  today?: string;
  /** Per-rule severity overrides, e.g. { "required-sections": "warning" }. */
  rules?: Record<string, RuleSeverity>;
  /** mandat.config.json for the rules that read it (links.allowedDomains); default loaded from root. */
  config?: Config;
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
  /** Shared standard texts the checked documents include (`<!-- mandat:include … -->`); not documents themselves. */
  sharedTexts: SourceFile[];
  registry: Registry;
}

export async function check(options: CheckOptions): Promise<CheckResult> {
  const reporter = new Reporter(options.lang ?? "sv", options.rules ?? {});
  const loaded = await load({ root: options.root, cwd: options.cwd ?? options.root, paths: options.paths });
  const registryFiles = loaded.registry.map((f) => validateFile(parseFile(f, reporter), reporter));
  const includes = new IncludeResolver(loaded.shared, reporter);
  const documents = loaded.documents.map((f) => validateFile(parseFile(f, reporter, includes), reporter));
  const config = options.config ?? (await loadConfig(options.root));
  const registry = link(documents, registryFiles, reporter, { today: options.today ?? new Date().toISOString().slice(0, 10), config });
  // Only the shared texts these documents include: the others are not checked in this run.
  const sharedTexts = [...includes.used].sort().map((path) => loaded.shared.files.get(path)!);
  dropSharedEchoes(reporter, new Set(sharedTexts.map((f) => f.path)));
  const sources = new Map([...loaded.documents, ...loaded.registry, ...sharedTexts].map((f) => [f.path, f.value]));
  const complete = [...documents, ...registryFiles].every((f) => f.schemaValid);
  const suppressed = applySuppressions(sources, rules, reporter, complete);
  const diagnostics = reporter.diagnostics.sort(compareDiagnostics);
  return {
    diagnostics,
    errorCount: diagnostics.filter((d) => d.severity === "error").length,
    warningCount: diagnostics.filter((d) => d.severity === "warning").length,
    suppressed,
    documents,
    registryFiles,
    sharedTexts,
    registry,
  };
}

/**
 * A problem in a shared text is found once per document that includes it; keep one of each identical
 * diagnostic in a shared text (ones that differ, e.g. by naming the document, all stay).
 */
function dropSharedEchoes(reporter: Reporter, shared: ReadonlySet<string>): void {
  if (shared.size === 0) return;
  const seen = new Set<string>();
  const kept = reporter.diagnostics.filter((d) => {
    if (!shared.has(d.file)) return true;
    const key = JSON.stringify([d.file, d.place?.start.line, d.place?.start.column, d.ruleId, d.message]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  reporter.diagnostics.splice(0, reporter.diagnostics.length, ...kept);
}
