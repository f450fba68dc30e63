/**
 * Build = check → render → print → write. Nothing is written unless the check has no errors,
 * and then the output folder is replaced as a whole (see site/write.ts). Never prints.
 */
import { basename, resolve } from "node:path";
import { check, type CheckResult } from "./check.js";
import type { Config } from "./config/types.js";
import type { Lang } from "./diagnostics/messages.js";
import type { RuleSeverity } from "./diagnostics/rule.js";
import type { DocType } from "./doctypes/define.js";
import { letterContext, renderDocumentHtml } from "./html/render.js";
import { loadTemplates } from "./html/templates.js";
import type { RenderInput } from "./html/types.js";
import { isRenderable } from "./parse/doc.js";
import { openPrinter, type Printer, type PrinterOptions } from "./pdf/print.js";
import { groupPageHref, sitePages, sitePaths, type SiteDocument } from "./site/pages.js";
import { checkOutDir, writeOutput, type OutputFile } from "./site/write.js";

export type BuildProgress =
  | { type: "checked"; documents: number; errors: number; warnings: number }
  | { type: "pdf"; slug: string; path: string; index: number; total: number }
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
}

export type BuildResult =
  | { ok: false; check: CheckResult }
  | { ok: true; check: CheckResult; documents: number; pdfs: number; outDir: string; ms: number };

/** Check, then render every document to `pdf/<slug>.pdf` plus the site, into `outDir`. */
export async function build(options: BuildOptions): Promise<BuildResult> {
  const started = performance.now();
  const cwd = resolve(options.cwd ?? options.root);
  const outDir = resolve(cwd, options.outDir);
  // A folder the build may not replace is refused before any work (OutDirError, a usage error).
  const protect = [resolve(options.root), cwd];
  await checkOutDir(outDir, protect);

  const result = await check({ root: options.root, cwd, lang: options.lang, rules: options.rules, config: options.config, docTypes: options.docTypes });
  options.onProgress?.({ type: "checked", documents: result.documents.length, errors: result.errorCount, warnings: result.warningCount });
  if (result.errorCount > 0) return { ok: false, check: result };

  const { docs, printHtml, pages } = renderPlan(result);

  const files: OutputFile[] = [];
  let printer: Printer | undefined;
  try {
    printer = await openPrinter(options.printer);
    const open = printer;
    let done = 0;
    const pdfs = await Promise.all(
      docs.map(async (doc) => {
        const pdf = await open.print(printHtml(doc), doc.meta);
        options.onProgress?.({ type: "pdf", slug: doc.input.slug, path: doc.input.path, index: ++done, total: docs.length });
        return pdf;
      }),
    );
    docs.forEach((doc, i) => files.push({ path: sitePaths.pdf(doc.input.slug), content: pdfs[i]! }));
  } finally {
    await printer?.close();
  }
  files.push(...pages());

  await writeOutput(outDir, files, protect);
  options.onProgress?.({ type: "written", outDir, files: files.length });
  return { ok: true, check: result, documents: docs.length, pdfs: docs.length, outDir, ms: Math.round(performance.now() - started) };
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
