/**
 * Check = load → parse → validate → link → suppress. Returns every diagnostic of every file; never
 * prints. One bad document never hides another's diagnostics: a stage skips what it cannot use.
 */
import type { Config } from "./config/types.js";
import { EMPTY_CONFIG } from "./config/types.js";
import { loadConfig } from "./config/load.js";
import { compareDiagnostics, type Diagnostic } from "./diagnostics/diagnostic.js";
import type { Lang } from "./diagnostics/messages.js";
import { Reporter } from "./diagnostics/reporter.js";
import type { RuleSeverity } from "./diagnostics/rule.js";
import type { DocType } from "./doctypes/define.js";
import { docTypes as builtinTypes } from "./doctypes/index.js";
import { buildRegistry } from "./link/build-registry.js";
import { link } from "./link/index.js";
import type { Registry } from "./link/registry.js";
import { load } from "./load/index.js";
import type { SourceFile } from "./load/source.js";
import { hasValidData, type Doc } from "./parse/doc.js";
import { IncludeResolver } from "./parse/include.js";
import { parseFile } from "./parse/index.js";
import { linkRules, rules } from "./rules/index.js";
import { applySuppressions } from "./suppress/index.js";
import { validateFile } from "./validate/index.js";
import { loadSchemas } from "./validate/schemas.js";
import { swedishToday } from "./util/date.js";

export interface CheckOptions {
  /** Repository root: where mandates/ lives. */
  root: string;
  /** Working directory, for display paths; default root. */
  cwd?: string;
  /** Files or folders to check; default all of mandates/. */
  paths?: string[];
  lang?: Lang;
  /** Today's date (YYYY-MM-DD) for validity checks; default today in Sweden. */
  today?: string;
  /** Per-rule severity overrides, e.g. { "required-sections": "warning" }; default the config's. */
  rules?: Record<string, RuleSeverity>;
  /** mandat.config.json as loaded; default read from root (a broken one counts as empty here: the CLI refuses it first). */
  config?: Config;
  /** The document types; default mandat's own (doctypes/index.ts). */
  docTypes?: readonly DocType[];
}

export interface CheckResult {
  diagnostics: Diagnostic[];
  errorCount: number;
  warningCount: number;
  /** Diagnostics hidden by mandat-disable-next-line comments. */
  suppressed: Diagnostic[];
  /** Every document that was read, in path order, each with its status (parse/doc.ts). */
  documents: Doc[];
  registryFiles: Doc[];
  /** Shared standard texts the checked documents include (`<!-- mandat:include … -->`); not documents themselves. */
  sharedTexts: SourceFile[];
  registry: Registry;
  docTypes: readonly DocType[];
}

export async function check(options: CheckOptions): Promise<CheckResult> {
  const config = options.config ?? (await loadConfig(options.root)).config ?? EMPTY_CONFIG;
  const types = options.docTypes ?? builtinTypes;
  const reporter = new Reporter(options.lang ?? config.lang ?? "sv", options.rules ?? config.rules);
  const loaded = await load({ root: options.root, cwd: options.cwd ?? options.root, paths: options.paths });
  const schemas = loadSchemas(types);

  const registryFiles = loaded.registry.map((f) => validateFile(parseFile(f, reporter), schemas, reporter));
  const includes = new IncludeResolver(loaded.shared, reporter);
  const documents = loaded.documents.map((f) => validateFile(parseFile(f, reporter, includes), schemas, reporter));

  const registry = buildRegistry(registryFiles);
  const readable = documents.filter((d) => !d.skipped.includes("unreadable"));
  link(
    { documents: readable, registryFiles, registry, today: options.today ?? swedishToday(), config, types: new Map(types.map((t) => [t.type, t])) },
    linkRules,
    reporter,
  );

  // Only the shared texts these documents include: the others are not checked in this run.
  const sharedTexts = [...includes.used].sort().map((path) => loaded.shared.files.get(path)!);
  dropSharedEchoes(reporter, new Set(sharedTexts.map((f) => f.path)));
  const sources = new Map([...loaded.documents, ...loaded.registry, ...sharedTexts].map((f) => [f.path, f.value]));
  const complete = [...documents, ...registryFiles].every(hasValidData);
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
    docTypes: types,
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
