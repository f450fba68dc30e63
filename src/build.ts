/**
 * Build = check → render → print → write. Nothing is written unless the check has no errors,
 * and then the output folder is replaced as a whole (see site/write.ts). Never prints to the console.
 *
 * PDFs stream into the build's temporary folder as they are made (none waits in memory for the
 * rest), and a document whose PDF is in the cache (pdf/cache.ts) is not printed again: Chromium is
 * started only when at least one document needs printing.
 */
import { existsSync } from "node:fs";
import { basename, join, relative, resolve, sep } from "node:path";
import { CACHE_DIR, NO_STORE, openStore, removeStaleTemps, type Store } from "./cache/store.js";
import { check, type CheckResult } from "./check.js";
import { limitsOf, type Config } from "./config/types.js";
import { compareDiagnostics, type Diagnostic } from "./diagnostics/diagnostic.js";
import type { Lang, Localised, MessageValue } from "./diagnostics/messages.js";
import { Reporter } from "./diagnostics/reporter.js";
import type { RuleSeverity } from "./diagnostics/rule.js";
import { byType, type DocType } from "./doctypes/define.js";
import { docTypes as builtinTypes } from "./doctypes/index.js";
import { canUseWorker, limitedRenderer, RENDER_MEMORY_MB, RenderMemoryError, RenderTimeError } from "./html/limited.js";
import { letterContext, renderDocumentHtml, type LetterContext } from "./html/render.js";
import { allowedDomainsOf } from "./link/link-verdict.js";
import { provenanceOf, type Provenance } from "./load/git-history.js";
import { loadTemplates } from "./html/templates.js";
import { documentTree } from "./html/tree.js";
import type { RenderInput } from "./html/types.js";
import limitsRule from "./load/rules/limits.js";
import type { Doc } from "./parse/doc.js";
import { PDF_KIND, pdfKey, readCachedPdf, writeCachedPdf } from "./pdf/cache.js";
import { findChromium } from "./pdf/chromium.js";
import { openSigner, type PdfSigner, type SignOptions } from "./pdf/sign.js";
import { chromiumVersion, openPrinter, preparePdfLib, removeStaleProfiles, printConcurrency, type Printer, type PrinterOptions } from "./pdf/print.js";
import { readHistory, type History } from "./site/history.js";
import { groupPageHref, sitePages, sitePaths, type SiteDocument } from "./site/pages.js";
import { checkOutDir, lockOutDir, openOutput, recoverOutDir, type OutputFile, type OutputStage, type SwapMethod } from "./site/write.js";
import { mark } from "./util/timing.js";

export type BuildProgress =
  | { type: "checked"; documents: number; errors: number; warnings: number }
  /** One PDF is in the new output: `reused` from the cache, or printed now. */
  | { type: "pdf"; slug: string; path: string; index: number; total: number; reused: boolean; signed: boolean }
  /** `swap`: how the new build took the output folder's place (site/write.ts swapIn). */
  | { type: "written"; outDir: string; files: number; swap: SwapMethod };

export interface BuildOptions {
  /** Repository root: where mandates/ lives. */
  root: string;
  /** Working directory for display paths and a relative outDir; default root. */
  cwd?: string;
  /** Output folder, e.g. "build"; replaced as a whole on success. */
  outDir: string;
  lang?: Lang;
  /** Per-rule severity overrides, passed to check(). */
  rules?: Record<string, RuleSeverity>;
  config?: Config;
  onProgress?: (event: BuildProgress) => void;
  /** Chromium binary and page concurrency; default findChromium() and 2. */
  printer?: PrinterOptions;
  /** The document types; default mandat's own. */
  docTypes?: readonly DocType[];
  /**
   * Reuse PDFs whose input is unchanged from `<root>/.mandat-cache/pdf/`, and keep new ones there
   * (default true). false prints every PDF and neither reads nor writes the cache (`--no-cache`).
   */
  cache?: boolean;
  /**
   * Aborting stops the build as soon as it can (Chromium is killed, the temporary folder and the
   * lock are removed, the output folder stays as it was); build() then rejects.
   */
  signal?: AbortSignal;
  /**
   * Longest time one document may take to print, in milliseconds (default: config
   * `limits.maxPrintSeconds`, 60 s); then the build stops with a `limits` diagnostic at the document.
   */
  printTimeoutMs?: number;
  /**
   * Sign every adopted mandate's PDF with this key (`--sign`). The cache keeps unsigned PDFs; the
   * signature is added after, so signing does not defeat the cache. A bad key is refused (SignKeyError)
   * before anything is printed.
   */
  sign?: SignOptions;
}

/** A document's PDF was not done within the time limit: the build stops (exit 1), naming the file. */
export class PrintTimeoutError extends Error {
  constructor(
    readonly path: string,
    readonly ms: number,
  ) {
    super(`PDF:en för ${path} blev inte klar inom ${formatSeconds(ms)} s (tidsgränsen för utskrift av ett dokument). Dokumentet kan vara för stort eller innehålla något som Chromium fastnar på.`);
    this.name = "PrintTimeoutError";
  }
}

function formatSeconds(ms: number): string {
  const s = ms / 1000;
  return (Number.isInteger(s) ? String(s) : s.toFixed(s < 1 ? 3 : 1)).replace(".", ",");
}

export type BuildResult =
  | { ok: false; check: CheckResult }
  | {
      ok: true;
      check: CheckResult;
      documents: number;
      /** PDFs in the output: reused + printed. */
      pdfs: number;
      /** PDFs taken unchanged from the cache. */
      reused: number;
      /** PDFs printed by Chromium in this build. */
      printed: number;
      /** Cache entries that failed verification (truncated, altered); their documents were printed again. */
      damaged: number;
      /** PDFs signed (adopted mandates, with `sign`). */
      signed: number;
      outDir: string;
      ms: number;
    };

/** Check, then render every document to `pdf/<slug>.pdf` plus the site, into `outDir`. */
export async function build(options: BuildOptions): Promise<BuildResult> {
  const started = performance.now();
  const cwd = resolve(options.cwd ?? options.root);
  const outDir = resolve(cwd, options.outDir);
  // A folder the build may not replace is refused before any work (OutDirError, a usage error).
  const protect = [resolve(options.root), cwd];
  await checkOutDir(outDir, protect);
  options.signal?.throwIfAborted();
  // One build at a time per output folder (a second one is refused at once, OutDirLockedError);
  // under the lock, a swap that a killed build left half done is repaired first.
  const lock = await lockOutDir(outDir);
  try {
    await recoverOutDir(outDir);
    // Chromium profiles of builds that were killed (SIGKILL leaves no chance to remove them), and
    // the cache's half-written files of runs that were killed while writing.
    await removeStaleProfiles();
    if (options.cache !== false) await removeStaleTemps(join(resolve(options.root), CACHE_DIR));
    return await buildLocked(options, { started, cwd, outDir, protect });
  } finally {
    await lock.release();
  }
}

async function buildLocked(
  options: BuildOptions,
  { started, cwd, outDir, protect }: { started: number; cwd: string; outDir: string; protect: string[] },
): Promise<BuildResult> {
  const { signal } = options;
  const useCache = options.cache !== false;
  const cacheDir = join(resolve(options.root), CACHE_DIR);
  const store: Store = useCache ? openStore(cacheDir) : NO_STORE;
  // A missing browser is reported only after the check (the documents' problems come first).
  const executable = settle(() => options.printer?.executablePath ?? findChromium());
  let printer: Promise<Printer> | undefined;
  const abandon = new AbortController();
  // An outside abort kills the browser at once; the steps below then fail and clean up.
  const onAbort = (): void => abandon.abort(signal?.reason);
  signal?.addEventListener("abort", onAbort, { once: true });
  // With nothing to reuse (no cache, or none yet) every PDF will be printed: start the browser and
  // its pages now, so that they are ready when the check is done (if the check fails, the browser
  // is killed). A failure to start is reported where the printer is awaited.
  const ahead = executable.ok && (!useCache || !existsSync(join(cacheDir, PDF_KIND)));
  const printerNow = (): Promise<Printer> =>
    (printer ??= openPrinter({ ...options.printer, executablePath: executable.ok ? executable.value : undefined }, { signal: abandon.signal, openPages: ahead, deferPdfLib: ahead }));
  if (ahead) printerNow().catch(() => undefined);
  // Chromium's version is part of every PDF's key. Without a browser started ahead, the binary is
  // asked (a process start, so it runs during the check) and the browser is started only if a PDF
  // is missing from the cache.
  const version: Promise<string | undefined> = !useCache || !executable.ok
    ? Promise.resolve(undefined)
    : ahead
      ? printerNow().then((p) => p.version, () => undefined)
      : chromiumVersion(executable.value);

  try {
    // The same check as `mandat check` (its cache, its worker pool; `cache` governs both caches). It
    // keeps the Markdown tree of each document it parses in this thread; the others (from its cache
    // or its worker pool) are parsed again where they are rendered (html/tree.ts).
    const result = await untilAborted(check({ root: options.root, cwd, lang: options.lang, rules: options.rules, config: options.config, docTypes: options.docTypes, cache: useCache, keepTrees: true }), signal);
    mark("build: checked");
    options.onProgress?.({ type: "checked", documents: result.documents.length, errors: result.errorCount, warnings: result.warningCount });
    if (result.errorCount > 0) return { ok: false, check: result };
    if (!executable.ok) throw executable.error;

    // Every document's HTML within its time limit; one that is not is reported at the document,
    // after all the others were rendered (and checked against the limit too), and nothing is written.
    const limits = limitsOf(options.config);
    // pdf-lib loads now, while this thread mostly waits for the render thread, not during the check.
    if (ahead) void preparePdfLib().catch(() => undefined);
    const rendered = await untilAborted(renderViews(result, { ms: limits.maxRenderSeconds * 1000, builtin: (options.docTypes ?? builtinTypes) === builtinTypes }), signal);
    if (rendered.late.length > 0) {
      const reports = rendered.late.map(({ path, memory }): LimitReport =>
        memory
          ? { path, messageId: "renderMemory", data: { limit: RENDER_MEMORY_MB } }
          : { path, messageId: "renderTime", data: { limit: secondsText(limits.maxRenderSeconds), setting: "maxRenderSeconds" } },
      );
      return { ok: false, check: withLimitReports(result, reports, options) };
    }
    mark("build: views rendered");
    const signer = options.sign ? await openSigner(options.sign) : undefined;
    const { docs, printHtml, pages } = renderPlan(result, { root: options.root, cwd, letters: rendered.letters, inputs: rendered.inputs, store });
    mark("build: print plan");
    signal?.throwIfAborted();
    const output = await openOutput(outDir, protect);
    const printTimeoutMs = options.printTimeoutMs ?? limits.maxPrintSeconds * 1000;
    let counts: { reused: number; printed: number; damaged: number; signed: number };
    try {
      try {
        counts = await writePdfs(docs, { printHtml, signer, registry: result.registry, store, version: await version, printer: printerNow, output, concurrency: printConcurrency(options.printer), onProgress: options.onProgress, signal, printTimeoutMs });
      } catch (error) {
        if (!(error instanceof PrintTimeoutError) || signal?.aborted) throw error;
        // The printer is stuck on that page: it is killed below, nothing is written.
        await output.discard();
        return { ok: false, check: withLimitReports(result, [{ path: error.path, messageId: "printTime", data: { limit: secondsText(printTimeoutMs / 1000), setting: "maxPrintSeconds" } }], options) };
      }
      mark("build: PDFs written");
      // The browser is done: it closes while the site is written (one that does not close is killed).
      const closing = closePrinter(printer).catch(() => abandon.abort());
      printer = undefined;
      try {
        for (const file of await pages()) await output.write(file.path, file.content);
        mark("build: site pages written");
        const files = output.count;
        signal?.throwIfAborted();
        const swap = await output.commit();
        mark("build: output swapped in");
        options.onProgress?.({ type: "written", outDir, files, swap });
      } finally {
        await closing;
      }
    } catch (error) {
      await output.discard();
      throw error;
    }
    return { ok: true, check: result, documents: docs.length, pdfs: docs.length, ...counts, outDir, ms: Math.round(performance.now() - started) };
  } finally {
    signal?.removeEventListener("abort", onAbort);
    // Whatever stopped the build, a browser it started (perhaps ahead of time, perhaps still
    // starting) is killed rather than waited for. After success it is already closed.
    if (printer) {
      abandon.abort();
      // A browser killed in the middle of starting can leave puppeteer's last call unanswered: wait a
      // while, not forever (Node would end the process with exit code 13 when nothing else is left).
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        closePrinter(printer).catch(() => undefined),
        new Promise<void>((resolve) => (timer = setTimeout(resolve, ABANDONED_BROWSER_WAIT_MS))),
      ]);
      clearTimeout(timer);
    }
  }
}

/**
 * Every renderable document's input (its tree parsed again, html/tree.ts) and site view, each view
 * within `ms` (html/limited.ts): in a thread that is stopped at the limit when mandat runs compiled
 * with its own document types, else in this thread with the time checked afterwards. This thread
 * parses the next document while the render thread renders the one before. Returns the inputs, the
 * views by path, and the documents that took too long.
 */
async function renderViews(
  result: CheckResult,
  { ms, builtin }: { ms: number; builtin: boolean },
): Promise<{ inputs: RenderInput[]; letters: Map<string, LetterContext>; late: { path: string; memory: boolean }[] }> {
  const types = byType(result.docTypes);
  const docs = renderableDocs(result);
  const groupHref = groupPageHref();
  const groups = new Set([...result.registry.groups.keys(), ...docs.flatMap((doc) => types.get(doc.type)?.entry({ ...inputOf(doc), tree: EMPTY_TREE }).group ?? [])]);
  const groupHrefs = Object.fromEntries([...groups].map((id) => [id, groupHref(id)]));
  const renderer = limitedRenderer({ registry: result.registry, types, ms, worker: builtin && canUseWorker(), allowedDomains: allowedDomainsOf(result.config) });
  const inputs: RenderInput[] = [];
  const letters = new Map<string, LetterContext>();
  const late: { path: string; memory: boolean }[] = [];
  try {
    const views: Promise<void>[] = [];
    for (const doc of docs) {
      const input = { ...inputOf(doc), tree: documentTree(doc, result.shared) };
      inputs.push(input);
      // The renderer takes one document at a time, in order; each one's limit starts when it is handed over.
      const view = renderer.render(input, groupHrefs).then(
        (letter) => void letters.set(input.path, letter),
        (error: unknown) => {
          if (!(error instanceof RenderTimeError || error instanceof RenderMemoryError)) throw error;
          late.push({ path: input.path, memory: error instanceof RenderMemoryError });
        },
      );
      view.catch(() => undefined); // awaited below; a failure stops the build there
      views.push(view);
      // Let the render thread's answer in and the next document go out before parsing on.
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    for (const view of views) await view;
  } finally {
    await renderer.close();
  }
  // The late ones in the documents' order, as when they were rendered one after another.
  const order = new Map(inputs.map((input, i) => [input.path, i]));
  late.sort((a, b) => order.get(a.path)! - order.get(b.path)!);
  return { inputs, letters, late };
}

/** For asking a document type where a document belongs (entry() reads the data, never the tree). */
const EMPTY_TREE: RenderInput["tree"] = { type: "root", children: [] };

/** "0,5" / "0.5": a number of seconds as each language writes it. */
function secondsText(seconds: number): Localised {
  const en = String(Math.round(seconds * 1000) / 1000);
  return { sv: en.replace(".", ","), en };
}

interface LimitReport {
  path: string;
  messageId: "renderTime" | "renderMemory" | "printTime";
  data: Record<string, MessageValue>;
}

/** The check's result with `limits` errors at documents that took too long (or too much memory) to render or print. */
function withLimitReports(
  result: CheckResult,
  late: LimitReport[],
  options: Pick<BuildOptions, "lang" | "rules">,
): CheckResult {
  const reporter = new Reporter(options.lang, options.rules);
  for (const { path, messageId, data } of late) {
    reporter.report(limitsRule, { file: path, place: { start: { line: 1, column: 1 } }, messageId, data, fatal: true });
  }
  const added: Diagnostic[] = reporter.diagnostics;
  const diagnostics = [...result.diagnostics, ...added].sort(compareDiagnostics);
  return { ...result, diagnostics, errorCount: result.errorCount + added.filter((d) => d.severity === "error").length };
}

/** `work`, or the signal's reason as soon as it is aborted (the work itself goes on unobserved). */
function untilAborted<T>(work: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return work;
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}

/** `run`'s work within `ms`, counted from when it calls `started` (a print waiting for a page is not late). */
function withinTime<T>(run: (started: () => void) => Promise<T>, ms: number, path: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  let late: (error: Error) => void = () => undefined;
  const timeout = new Promise<never>((_, reject) => (late = reject));
  const work = run(() => (timer ??= setTimeout(() => late(new PrintTimeoutError(path, ms)), ms)));
  work.catch(() => undefined); // a print that fails after its time is up is not reported again
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** Run `fn` now and keep its value or its exception for later. */
function settle<T>(fn: () => T): { ok: true; value: T } | { ok: false; error: unknown } {
  try {
    return { ok: true, value: fn() };
  } catch (error) {
    return { ok: false, error };
  }
}

const ABANDONED_BROWSER_WAIT_MS = 30_000;

async function closePrinter(printer: Promise<Printer> | undefined): Promise<void> {
  if (!printer) return;
  const open = await printer.catch(() => undefined);
  await open?.close();
}

interface PdfJob {
  printHtml(doc: SiteDocument): string;
  signer: PdfSigner | undefined;
  registry: CheckResult["registry"];
  store: Store;
  /** Chromium's version number; undefined when the cache is off or the binary did not say. */
  version: string | undefined;
  /** The one browser of the build, started on first use. */
  printer(): Promise<Printer>;
  output: OutputStage;
  concurrency: number;
  onProgress?: (event: BuildProgress) => void;
  signal?: AbortSignal;
  /** Longest time for one document's print. */
  printTimeoutMs: number;
}

/**
 * Every document's PDF into the output, at most `concurrency` at a time: from the cache when its key
 * is there and verifies, else printed (and then kept in the cache). Each PDF is written to disk as
 * soon as it is ready and then let go.
 */
async function writePdfs(docs: readonly SiteDocument[], job: PdfJob): Promise<{ reused: number; printed: number; damaged: number; signed: number }> {
  const counts = { reused: 0, printed: 0, damaged: 0, signed: 0 };
  const useCache = job.store !== NO_STORE;
  let done = 0;
  let next = 0;
  const one = async (doc: SiteDocument): Promise<void> => {
    const html = job.printHtml(doc);
    // Without a version from the binary (it did not answer --version), the browser's own is used.
    const version = useCache ? (job.version ?? (await job.printer()).version) : undefined;
    const key = version === undefined ? undefined : await pdfKey(html, doc.meta, version);
    const cached = key ? await readCachedPdf(job.store, key) : undefined;
    let reused = false;
    let pdf: Uint8Array;
    if (cached?.status === "hit") {
      pdf = cached.pdf;
      reused = true;
      counts.reused++;
    } else {
      if (cached?.status === "damaged") counts.damaged++;
      const printer = await job.printer();
      pdf = await withinTime((started) => printer.print(html, doc.meta, started), job.printTimeoutMs, doc.input.path);
      if (key) await writeCachedPdf(job.store, key, pdf);
      counts.printed++;
    }
    // Signed after the cache: the cache holds the unsigned PDF, the output the signed one.
    const signing = job.signer && doc.type.signing?.(doc.input, job.registry);
    if (job.signer && signing) {
      pdf = await job.signer.sign(pdf, signing.reason);
      counts.signed++;
    }
    await job.output.write(sitePaths.pdf(doc.input.slug), pdf);
    job.onProgress?.({ type: "pdf", slug: doc.input.slug, path: doc.input.path, index: ++done, total: docs.length, reused, signed: Boolean(job.signer && signing) });
  };
  // A fixed set of workers takes the documents in order: one more than the printer has pages, so a
  // page that Chromium is done with prints the next document while the last one is finished and
  // written here. After a failure the others finish the document they hold and stop.
  let failing = false;
  const worker = async (): Promise<void> => {
    while (!failing && next < docs.length) {
      try {
        job.signal?.throwIfAborted();
        await one(docs[next++]!);
      } catch (error) {
        failing = true;
        throw error;
      }
    }
  };
  const workers = Array.from({ length: Math.min(job.concurrency + 1, docs.length) }, worker);
  const settled = await Promise.allSettled(workers);
  const failed = settled.find((s): s is PromiseRejectedResult => s.status === "rejected");
  if (failed) throw failed.reason;
  return counts;
}

/**
 * What a check's documents become: each document's views, its print HTML, and the site's pages. With
 * `root`, each PDF carries its provenance (source path, commit, SHA-256) in its metadata and footer,
 * and with `cwd` too, the group pages their history from git.
 * `letters`: site views already rendered (by renderViews, within the time limit), by document path;
 * `inputs`: renderableInputs(result), when the caller has them already (each one parsed once);
 * `store`: the build's cache, where the site's diagram layouts are kept between builds.
 */
export function renderPlan(
  result: CheckResult,
  options: { root?: string; cwd?: string; letters?: ReadonlyMap<string, LetterContext>; inputs?: readonly RenderInput[]; store?: Store } = {},
): { docs: SiteDocument[]; printHtml(doc: SiteDocument): string; pages(): Promise<OutputFile[]> } {
  const types = byType(result.docTypes);
  const templates = loadTemplates(result.docTypes.map((t) => t.partial));
  const registry = result.registry;
  const inputs = options.inputs ?? renderableInputs(result);
  const byPath = new Map(result.documents.map((d) => [d.path, d]));
  // The site's views link groups to their pages; the PDF renders its own, with group links as text.
  const groupHref = groupPageHref();
  // A link the checker rejects is never live, on the site or in a PDF (also when its diagnostic is suppressed).
  const allowedDomains = allowedDomainsOf(result.config);
  const sources = new Map(result.documents.map((d) => [d.path, d.source]));
  const provenance = options.root
    ? provenanceOf(options.root, inputs.map((input) => ({ absolute: sources.get(input.path)!.absolute, text: sources.get(input.path)!.value })))
    : [];
  const revisionOf = new Map<string, Provenance>(provenance.map((p, i) => [inputs[i]!.path, p]));
  const docs: SiteDocument[] = inputs.map((input) => {
    const type = types.get(input.type)!;
    const meta = type.meta(input, registry);
    const source = revisionOf.get(input.path);
    if (source) meta.custom = { ...meta.custom, ...provenanceEntries(source) };
    const doc = byPath.get(input.path);
    const proseGroups = (doc?.proseRefs ?? []).filter((r) => r.kind === "group").map((r) => r.id);
    const letter = options.letters?.get(input.path) ?? letterContext(input, type, registry, { groupHref, allowedDomains });
    return { input, type, letter, meta, refs: doc?.refs ?? [], proseGroups };
  });
  const { root, cwd } = options;
  return {
    docs,
    printHtml: (doc) => {
      const source = revisionOf.get(doc.input.path);
      return renderDocumentHtml(doc.input, doc.type, registry, templates, { allowedDomains, ...(source && { revision: revisionLine(source) }) });
    },
    pages: async () => {
      // One git log for the tree; paths in it are relative to the root, the documents' to cwd.
      const keyed: History = new Map();
      if (root !== undefined && cwd !== undefined) {
        const fromRoot = new Map(docs.map((d) => [d.input.path, relative(resolve(root), resolve(cwd, d.input.path)).split(sep).join("/")]));
        const mandates = new Set(docs.filter((d) => d.type.type === "uppdragshandling").map((d) => fromRoot.get(d.input.path)!));
        const history = await readHistory(root, (file) => mandates.has(file));
        for (const d of docs) keyed.set(d.input.path, history.get(fromRoot.get(d.input.path)!) ?? []);
        mark("build: history read");
      }
      return sitePages(docs, registry, result.docTypes, templates, keyed, options.store);
    },
  };
}

/**
 * The documents of a check that can be rendered (nothing of them skipped), with their slugs (file
 * name without `.md`; check makes them unique) and their Markdown trees, parsed again from their text
 * unless the check kept them (html/tree.ts).
 */
export function renderableInputs(result: CheckResult): RenderInput[] {
  return renderableDocs(result).map((doc) => ({ ...inputOf(doc), tree: documentTree(doc, result.shared) }));
}

type RenderableDoc = Doc & { type: string };

/** Nothing of it is skipped (parse/doc.ts isRenderable, without asking for the tree the check no longer keeps). */
function renderableDocs(result: CheckResult): RenderableDoc[] {
  return result.documents.filter((doc): doc is RenderableDoc => doc.skipped.length === 0 && doc.type !== undefined);
}

function inputOf(doc: RenderableDoc): Omit<RenderInput, "tree"> {
  return { path: doc.path, slug: basename(doc.path, ".md"), type: doc.type, data: doc.data };
}

/** The PDF's custom metadata entries for a document's provenance. */
function provenanceEntries(source: Provenance): Record<string, string> {
  return {
    SourcePath: source.path,
    SourceSHA256: source.sha256,
    ...(source.commit && { SourceCommit: source.commit }),
    ...(source.commit && { SourceModified: source.modified ? "ja" : "nej" }),
  };
}

/** The revision printed small in the footer: source path, commit and the start of its SHA-256. */
export function revisionLine(source: Provenance): string {
  const commit = source.commit ? `commit ${source.commit.slice(0, 10)}${source.modified ? " med ändringar som inte är incheckade" : ""}` : "inte incheckad i git";
  return `Källa: ${source.path} · ${commit} · SHA-256 ${source.sha256.slice(0, 16)}`;
}
