/**
 * Build = check → render → print → write. Nothing is written unless the check has no errors,
 * and then the output folder is replaced as a whole (see site/write.ts). Never prints to the console.
 *
 * PDFs stream into the build's temporary folder as they are made (none waits in memory for the
 * rest), and a document whose PDF is in the cache (pdf/cache.ts) is not printed again: Chromium is
 * started only when at least one document needs printing.
 */
import { existsSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { CACHE_DIR, NO_STORE, openStore, type Store } from "./cache/store.js";
import { check, type CheckResult } from "./check.js";
import type { Config } from "./config/types.js";
import type { Lang } from "./diagnostics/messages.js";
import type { RuleSeverity } from "./diagnostics/rule.js";
import type { DocType } from "./doctypes/define.js";
import { letterContext, renderDocumentHtml } from "./html/render.js";
import { loadTemplates } from "./html/templates.js";
import type { RenderInput } from "./html/types.js";
import { isRenderable } from "./parse/doc.js";
import { PDF_KIND, pdfKey, readCachedPdf, writeCachedPdf } from "./pdf/cache.js";
import { findChromium } from "./pdf/chromium.js";
import { chromiumVersion, openPrinter, printConcurrency, type Printer, type PrinterOptions } from "./pdf/print.js";
import { groupPageHref, sitePages, sitePaths, type SiteDocument } from "./site/pages.js";
import { checkOutDir, openOutput, type OutputFile, type OutputStage } from "./site/write.js";

export type BuildProgress =
  | { type: "checked"; documents: number; errors: number; warnings: number }
  /** One PDF is in the new output: `reused` from the cache, or printed now. */
  | { type: "pdf"; slug: string; path: string; index: number; total: number; reused: boolean }
  | { type: "written"; outDir: string; files: number };

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

  const useCache = options.cache !== false;
  const cacheDir = join(resolve(options.root), CACHE_DIR);
  const store: Store = useCache ? openStore(cacheDir) : NO_STORE;
  // A missing browser is reported only after the check (the documents' problems come first).
  const executable = settle(() => options.printer?.executablePath ?? findChromium());
  let printer: Promise<Printer> | undefined;
  const abandon = new AbortController();
  // With nothing to reuse (no cache, or none yet) every PDF will be printed: start the browser and
  // its pages now, so that they are ready when the check is done (if the check fails, the browser
  // is killed). A failure to start is reported where the printer is awaited.
  const ahead = executable.ok && (!useCache || !existsSync(join(cacheDir, PDF_KIND)));
  const printerNow = (): Promise<Printer> =>
    (printer ??= openPrinter({ ...options.printer, executablePath: executable.ok ? executable.value : undefined }, { signal: abandon.signal, openPages: ahead }));
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
    // The build renders the documents' Markdown trees, so the check keeps them; `cache` also governs
    // the check's own cache (both options are ignored by a check that does not know them).
    const checkOptions = { root: options.root, cwd, lang: options.lang, rules: options.rules, config: options.config, docTypes: options.docTypes, keepTrees: true, cache: useCache };
    const result = await check(checkOptions);
    options.onProgress?.({ type: "checked", documents: result.documents.length, errors: result.errorCount, warnings: result.warningCount });
    if (result.errorCount > 0) return { ok: false, check: result };
    if (!executable.ok) throw executable.error;

    const { docs, printHtml, pages } = renderPlan(result);
    const output = await openOutput(outDir, protect);
    let counts: { reused: number; printed: number; damaged: number };
    try {
      counts = await writePdfs(docs, { printHtml, store, version: await version, printer: printerNow, output, concurrency: printConcurrency(options.printer), onProgress: options.onProgress });
      // The browser is done: it closes while the site is written (one that does not close is killed).
      const closing = closePrinter(printer).catch(() => abandon.abort());
      printer = undefined;
      try {
        for (const file of pages()) await output.write(file.path, file.content);
        const files = output.count;
        await output.commit();
        options.onProgress?.({ type: "written", outDir, files });
      } finally {
        await closing;
      }
    } catch (error) {
      await output.discard();
      throw error;
    }
    return { ok: true, check: result, documents: docs.length, pdfs: docs.length, ...counts, outDir, ms: Math.round(performance.now() - started) };
  } finally {
    // Whatever stopped the build, a browser it started (perhaps ahead of time, perhaps still
    // starting) is killed rather than waited for. After success it is already closed.
    if (printer) {
      abandon.abort();
      await closePrinter(printer).catch(() => undefined);
    }
  }
}

/** Run `fn` now and keep its value or its exception for later. */
function settle<T>(fn: () => T): { ok: true; value: T } | { ok: false; error: unknown } {
  try {
    return { ok: true, value: fn() };
  } catch (error) {
    return { ok: false, error };
  }
}

async function closePrinter(printer: Promise<Printer> | undefined): Promise<void> {
  if (!printer) return;
  const open = await printer.catch(() => undefined);
  await open?.close();
}

interface PdfJob {
  printHtml(doc: SiteDocument): string;
  store: Store;
  /** Chromium's version number; undefined when the cache is off or the binary did not say. */
  version: string | undefined;
  /** The one browser of the build, started on first use. */
  printer(): Promise<Printer>;
  output: OutputStage;
  concurrency: number;
  onProgress?: (event: BuildProgress) => void;
}

/**
 * Every document's PDF into the output, at most `concurrency` at a time: from the cache when its key
 * is there and verifies, else printed (and then kept in the cache). Each PDF is written to disk as
 * soon as it is ready and then let go.
 */
async function writePdfs(docs: readonly SiteDocument[], job: PdfJob): Promise<{ reused: number; printed: number; damaged: number }> {
  const counts = { reused: 0, printed: 0, damaged: 0 };
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
    if (cached?.status === "hit") {
      await job.output.write(sitePaths.pdf(doc.input.slug), cached.pdf);
      reused = true;
      counts.reused++;
    } else {
      if (cached?.status === "damaged") counts.damaged++;
      const pdf = await (await job.printer()).print(html, doc.meta);
      await job.output.write(sitePaths.pdf(doc.input.slug), pdf);
      if (key) await writeCachedPdf(job.store, key, pdf);
      counts.printed++;
    }
    job.onProgress?.({ type: "pdf", slug: doc.input.slug, path: doc.input.path, index: ++done, total: docs.length, reused });
  };
  // A fixed set of workers takes the documents in order; each keeps one printer page busy. After a
  // failure the others finish the document they hold and stop.
  let failing = false;
  const worker = async (): Promise<void> => {
    while (!failing && next < docs.length) {
      try {
        await one(docs[next++]!);
      } catch (error) {
        failing = true;
        throw error;
      }
    }
  };
  const workers = Array.from({ length: Math.min(job.concurrency, docs.length) }, worker);
  const settled = await Promise.allSettled(workers);
  const failed = settled.find((s): s is PromiseRejectedResult => s.status === "rejected");
  if (failed) throw failed.reason;
  return counts;
}

/** What a check's documents become: each document's views, its print HTML, and the site's pages. */
export function renderPlan(result: CheckResult): { docs: SiteDocument[]; printHtml(doc: SiteDocument): string; pages(): OutputFile[] } {
  const types = new Map(result.docTypes.map((t) => [t.type, t]));
  const templates = loadTemplates(result.docTypes.map((t) => t.partial));
  const registry = result.registry;
  const inputs = renderableInputs(result);
  // The site's views link groups to their pages; the PDF renders its own, with group links as text.
  const groupHref = groupPageHref(inputs, types);
  const docs: SiteDocument[] = inputs.map((input) => {
    const type = types.get(input.type)!;
    return { input, type, letter: letterContext(input, type, registry, { groupHref }), meta: type.meta(input, registry) };
  });
  return {
    docs,
    printHtml: (doc) => renderDocumentHtml(doc.input, doc.type, registry, templates),
    pages: () => sitePages(docs, registry, result.docTypes, templates),
  };
}

/** The documents of a check that can be rendered, with their slugs (file name without `.md`; check makes them unique). */
export function renderableInputs(result: CheckResult): RenderInput[] {
  return result.documents
    .filter(isRenderable)
    .map((doc) => ({ path: doc.path, slug: basename(doc.path, ".md"), type: doc.type, data: doc.data, tree: doc.tree }));
}
