/**
 * Check = load → (per document: parse → validate → document rules) → link → suppress. Returns every
 * diagnostic of every file; never prints. One bad document never hides another's diagnostics: a
 * stage skips what it cannot use. Per-document results come from the cache when nothing they depend
 * on changed (check/cache.ts), else from a worker pool or this thread (check/pool.ts).
 */
import { join, resolve } from "node:path";
import { CACHE_DIR, hashOf, NO_STORE, openStore, removeStaleTemps, type Store } from "./cache/store.js";
import { documentKey, environmentHash, programHash } from "./check/cache.js";
import type { DocumentEnv } from "./check/document.js";
import { lineOf, Pack, PackWriter, SharedStrings, type PackedResult } from "./check/pack.js";
import { isResident, keepRegistryResult, keptKey, keptRegistry, linesFor, keptFiles, keptRegistryResult, packWritten, readPack, renderedReports, resultOfLine, turnKeys } from "./check/resident.js";
import { docOf, isCrash, type DocumentResult } from "./check/result.js";
import type { Config } from "./config/types.js";
import { EMPTY_CONFIG, limitsOf, type Limits } from "./config/types.js";
import { loadConfig } from "./config/load.js";
import { compareDiagnostics, type Diagnostic } from "./diagnostics/diagnostic.js";
import type { Lang } from "./diagnostics/messages.js";
import { Reporter } from "./diagnostics/reporter.js";
import type { RuleSeverity } from "./diagnostics/rule.js";
import { byType, type DocType } from "./doctypes/define.js";
import { docTypes as builtinTypes } from "./doctypes/index.js";
import { buildRegistry } from "./link/build-registry.js";
import { link, startReadAhead } from "./link/index.js";
import type { Registry } from "./link/registry.js";
import type { InputFiles } from "./load/files.js";
import { load } from "./load/index.js";
import type { SharedTexts } from "./load/shared.js";
import type { SourceFile } from "./load/source.js";
import { hasValidData, isReadable, type Doc } from "./parse/doc.js";
import { corpusRules, documentRules, rules } from "./rules/index.js";
import { applySuppressions } from "./suppress/index.js";
import { swedishToday } from "./util/date.js";
import { mark } from "./util/timing.js";

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
  /** Reuse and keep per-document results in `<root>/.mandat-cache` (default true; `--no-cache` turns it off). */
  cache?: boolean;
  /** Worker threads for many documents; 1 checks in this thread (default: the machine's cores). */
  jobs?: number;
  /**
   * Keep the Markdown tree of each document this run parses in this thread (the build renders them,
   * and parses only the others: those from the cache or the worker pool).
   */
  keepTrees?: boolean;
  /** Where the files are read from; default the disk (`check --staged` passes the git index, load/staged.ts). */
  files?: InputFiles;
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
  /** mandat.config.json as used (the renderer asks it which links may be live). */
  config: Config;
  /** Every shared text that was read and what each include path resolves to (to parse a document again). */
  shared: SharedTexts;
  /** Documents whose results came from the cache, and documents that were checked. */
  cache: { reused: number; checked: number };
}

const REGISTRY_ENTRY = "registry";
const CLEAN_ENTRY = "load";

/**
 * The files that passed load's encoding and nesting checks in earlier runs, under this program and
 * these limits (load/read.ts CleanFiles): one store entry, rewritten when a run adds to it. A run
 * over all of mandates/ keeps only what it met, so the entry does not grow with every edit.
 */
class CleanFileCache {
  private readonly used = new Set<string>();
  private readonly added = new Set<string>();

  private constructor(
    private readonly store: Store,
    private readonly key: string,
    private readonly known: Set<string>,
    private readonly whole: boolean,
  ) {}

  static async open(store: Store, limits: Limits, whole: boolean): Promise<CleanFileCache> {
    const key = hashOf(programHash(), JSON.stringify(limits));
    const text = (await store.get(CLEAN_ENTRY, key))?.toString("latin1") ?? "";
    return new CleanFileCache(store, key, new Set(text.split("\n").filter(Boolean)), whole);
  }

  has(file: string): boolean {
    const known = this.known.has(file);
    if (known) this.used.add(file);
    return known;
  }

  add(file: string): void {
    this.added.add(file);
  }

  async save(): Promise<void> {
    if (this.added.size === 0) return;
    const keep = this.whole ? this.used : this.known;
    await this.store.put(CLEAN_ENTRY, this.key, [...keep, ...this.added].join("\n"));
  }
}

export async function check(options: CheckOptions): Promise<CheckResult> {
  mark("check: start");
  const config = options.config ?? (await loadConfig(options.root, undefined, undefined, { cache: options.cache !== false })).config ?? EMPTY_CONFIG;
  const types = options.docTypes ?? builtinTypes;
  const today = options.today ?? swedishToday();
  const reporter = new Reporter(options.lang ?? config.lang ?? "sv", options.rules ?? config.rules);
  const limits = limitsOf(config);
  const store = options.cache === false ? NO_STORE : openStore(join(options.root, CACHE_DIR));
  const clean = options.cache === false ? undefined : await CleanFileCache.open(store, limits, !options.paths?.length);
  // Read while the documents are loaded (the pack is the biggest file a warm run reads).
  const cacheDir = join(options.root, CACHE_DIR);
  const packRead = options.cache === false ? Promise.resolve(Pack.empty()) : readPack(cacheDir);
  // In the resident checker, files unchanged since its last request are not read again.
  const kept = options.cache === false ? undefined : keptFiles();
  mark("check: config and cache opened");
  const loaded = await load({ root: options.root, cwd: options.cwd ?? options.root, paths: options.paths, limits, clean, files: options.files, known: kept?.files });
  kept?.done();
  await clean?.save();
  mark("check: load");
  // What corpus rules read outside the files (git) is read while the documents are checked.
  const readAhead = startReadAhead({ root: resolve(options.root), ...(options.cache !== false && { cacheDir: resolve(cacheDir) }), documents: loaded.documents }, corpusRules, reporter);

  // The parser, schemas and document rules are loaded only when some file is not in the cache.
  let checking: Promise<Checking> | undefined;
  const checker = () => (checking ??= loadChecking(types));

  // Registry files: parsed and validated, or taken from the cache (they depend on nothing but their text).
  const registryResults = await Promise.all(
    loaded.registry.map(async (source) => {
      const key = hashOf(programHash(), source.path, source.hash ?? source.value, JSON.stringify(limits));
      const kept = options.cache === false ? undefined : keptRegistryResult(key);
      if (kept) return kept;
      const hit = readEntry((await store.get(REGISTRY_ENTRY, key)) ?? Buffer.alloc(0));
      if (hit) {
        keepRegistryResult(key, hit);
        return hit;
      }
      const { checkRegistryFile, schemas } = await checker();
      const { result } = checkRegistryFile(source, schemas, config);
      if (!isCrash(result)) await store.put(REGISTRY_ENTRY, key, writeEntry(result));
      return result;
    }),
  );
  mark("check: registry files");
  const ruleById = new Map(rules.map((r) => [r.id, r]));
  // What load could not read: outside the repository, unreadable, beyond a limit, not UTF-8.
  for (const { ruleId, raw } of loaded.reports) reporter.report(ruleById.get(ruleId)!, raw);
  // A result's reports, as found (here or in an earlier run), rendered in this run's language and severities.
  const replay = (result: DocumentResult, source: SourceFile): Doc => {
    const render = () => result.reports.flatMap(({ ruleId, raw }) => reporter.render(ruleById.get(ruleId)!, raw) ?? []);
    for (const diagnostic of renderedReports(result, reporter.signature, render)) reporter.diagnostics.push(diagnostic);
    return docOf(result, source, linesFor(result, source.value));
  };
  const registryFiles = loaded.registry.map((source, i) => replay(registryResults[i]!, source));
  const registry = keptRegistry(registryResults, () => buildRegistry(registryFiles));

  mark("check: registry built");
  // Per document: the cached result when the pack holds one for its key, else a fresh one.
  const envKey = environmentHash(types, loaded.registry, config, today);
  const keys = loaded.documents.map((source) => keptKey(envKey, source, loaded.shared, documentKey));
  turnKeys();
  const pack = await packRead;
  // The results are held together for the corpus rules: one copy of each string they repeat.
  const strings = new SharedStrings();
  const results: (DocumentResult | undefined)[] = loaded.documents.map((source, i) => {
    const line = pack.lineFor(source.path, keys[i]!);
    return line ? resultOfLine(line, strings) : undefined;
  });
  mark("check: keys and cache read");
  const missing = loaded.documents.flatMap((source, i) => (results[i] ? [] : [i]));
  // New results are appended to the pack. When most of the pack would be lines no document of this
  // run uses (older versions, removed documents), it is written anew instead: a line per document of
  // this run (the old line when it was a hit), and when only some paths were checked, the old lines
  // of the other documents too.
  const partial = Boolean(options.paths?.length);
  const here = new Set(loaded.documents.map((s) => s.path));
  // Live: the lines this run used (a document's line made under another key, e.g. by an older
  // mandat, is dead even though its path is here), and in a partial run all other documents' lines.
  const hits = loaded.documents.flatMap((source, i) => (results[i] ? [source.path] : []));
  const live = partial ? [...hits, ...[...pack.paths()].filter((path) => !here.has(path))] : hits;
  const compact = pack.fileBytes === 0 || pack.fileBytes > 2 * pack.liveBytes(live) + 64 * 1024;
  const mode = compact ? "rewrite" : missing.length > 0 ? "append" : undefined;
  if (options.cache !== false && mode === "rewrite") await removeStaleTemps(cacheDir);
  const writer = options.cache !== false && mode ? new PackWriter(cacheDir, mode, isResident()) : undefined;
  if (writer && mode === "rewrite") {
    results.forEach((result, i) => result && writer.add(pack.lineFor(loaded.documents[i]!.path, keys[i]!)!));
    if (partial) for (const path of pack.paths()) if (!here.has(path)) writer.add(pack.line(path)!);
  }
  if (missing.length > 0) {
    const { checkDocuments, schemas } = await checker();
    const env: DocumentEnv = { shared: loaded.shared, types, registry, registryFiles, config, today, rules: documentRules, schemas, keepTree: options.keepTrees };
    const keep = (n: number, packed: PackedResult) => {
      const i = missing[n]!;
      // A result with an internal error is not kept: the next run tries again.
      if (!packed.crash) writer!.add(lineOf(loaded.documents[i]!.path, keys[i]!, packed));
    };
    const fresh = await checkDocuments(missing.map((i) => loaded.documents[i]!), env, {
      jobs: options.jobs,
      builtinTypes: types === builtinTypes,
      setup: { shared: loaded.shared, registry: loaded.registry, config, today },
      strings,
    }, writer && keep);
    missing.forEach((i, n) => (results[i] = fresh[n]));
  }
  mark("check: documents checked");
  if (writer?.commit()) packWritten(cacheDir, pack, writer.mode, writer.added ?? []);

  const used = new Set<string>();
  const documents = loaded.documents.map((source, i) => {
    for (const path of results[i]!.shared) used.add(path);
    return replay(results[i]!, source);
  });

  mark("check: results replayed");
  const read = await readAhead;
  mark("check: read ahead");
  link(
    { documents: documents.filter(isReadable), registryFiles, registry, today, root: resolve(options.root), ...(options.cache !== false && { cacheDir: resolve(cacheDir) }), readAhead: read, config, types: byType(types), ...(loaded.codeowners && { codeowners: loaded.codeowners }) },
    corpusRules,
    reporter,
  );

  mark("check: corpus rules");
  // Only the shared texts these documents include: the others are not checked in this run.
  const sharedTexts = [...used].sort().map((path) => loaded.shared.files.get(path)!);
  dropSharedEchoes(reporter, new Set(sharedTexts.map((f) => f.path)));
  const sources = new Map([...loaded.documents, ...loaded.registry, ...sharedTexts].map((f) => [f.path, f.value]));
  // Only files that were read give code frames and suppressions: never a refused file's text.
  const complete = loaded.refused === 0 && [...documents, ...registryFiles].every(hasValidData);
  const suppressed = applySuppressions(sources, rules, reporter, complete);
  mark("check: suppressions");
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
    config,
    shared: loaded.shared,
    cache: { reused: loaded.documents.length - missing.length, checked: missing.length },
  };
}

/** What checking a file that is not in the cache needs, loaded on first use. */
interface Checking {
  checkRegistryFile: typeof import("./check/document.js").checkRegistryFile;
  checkDocuments: typeof import("./check/pool.js").checkDocuments;
  schemas: import("./validate/schemas.js").Schemas;
}

async function loadChecking(types: readonly DocType[]): Promise<Checking> {
  const [{ checkRegistryFile }, { checkDocuments }, { loadSchemas }] = await Promise.all([
    import("./check/document.js"),
    import("./check/pool.js"),
    import("./validate/schemas.js"),
  ]);
  return { checkRegistryFile, checkDocuments, schemas: loadSchemas(types) };
}

const ENTRY_VERSION = 1;

function writeEntry(result: DocumentResult): string {
  const { tree: _tree, ...kept } = result;
  return JSON.stringify({ v: ENTRY_VERSION, ...kept });
}

/** A cached result, or undefined for an entry that is not one (another version, a torn file). */
function readEntry(bytes: Buffer): DocumentResult | undefined {
  if (bytes.length === 0) return undefined;
  try {
    const entry = JSON.parse(bytes.toString("utf8")) as DocumentResult & { v?: number };
    return entry.v === ENTRY_VERSION && entry.facts && Array.isArray(entry.reports) ? entry : undefined;
  } catch {
    return undefined;
  }
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
