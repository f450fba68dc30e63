/**
 * Build = check → render → print → write. Nothing is written unless the check has no errors,
 * and then the output folder is replaced as a whole (see site/write.ts). Never prints.
 */
import { basename, resolve } from "node:path";
import { check, type CheckResult } from "./check.js";
import { renderDocumentHtml } from "./html/render.js";
import type { RenderInput } from "./html/types.js";
import { buildView, documentMeta } from "./html/view.js";
import type { DocumentData } from "./model/types.js";
import { openPrinter, type Printer, type PrinterOptions } from "./pdf/print.js";
import type { Lang, RuleSeverity } from "./rules/define.js";
import { groupPageHref, sitePages, sitePaths, type SiteDocument } from "./site/pages.js";
import { assertSafeOutDir, writeOutput, type OutputFile } from "./site/write.js";

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
  onProgress?: (event: BuildProgress) => void;
  /** Chromium binary and page concurrency; default findChromium() and 2. */
  printer?: PrinterOptions;
}

export type BuildResult =
  | { ok: false; check: CheckResult }
  | { ok: true; check: CheckResult; documents: number; pdfs: number; outDir: string; ms: number };

/** Check, then render every document to `pdf/<slug>.pdf` plus the site, into `outDir`. */
export async function build(options: BuildOptions): Promise<BuildResult> {
  const started = performance.now();
  const cwd = resolve(options.cwd ?? options.root);
  const outDir = resolve(cwd, options.outDir);
  assertSafeOutDir(outDir, [options.root, cwd]);

  const result = await check({ root: options.root, cwd, lang: options.lang, rules: options.rules });
  options.onProgress?.({
    type: "checked",
    documents: result.documents.length,
    errors: result.errorCount,
    warnings: result.warningCount,
  });
  if (result.errorCount > 0) return { ok: false, check: result };

  const inputs = renderableInputs(result);
  const registry = result.registry;
  // The views are the site's (group links go to the group's page); the PDF renders its own, with text.
  const groupHref = groupPageHref(inputs);
  const docs: SiteDocument[] = inputs.map((input) => ({
    input,
    view: buildView(input, registry, { groupHref }),
    meta: documentMeta(input, registry),
  }));

  const files: OutputFile[] = [];
  let printer: Printer | undefined;
  try {
    printer = await openPrinter(options.printer);
    const open = printer;
    let done = 0;
    const pdfs = await Promise.all(
      docs.map(async (doc) => {
        const pdf = await open.print(renderDocumentHtml(doc.input, registry), doc.meta);
        options.onProgress?.({ type: "pdf", slug: doc.input.slug, path: doc.input.path, index: ++done, total: docs.length });
        return pdf;
      }),
    );
    docs.forEach((doc, i) => files.push({ path: sitePaths.pdf(doc.input.slug), content: pdfs[i]! }));
  } finally {
    await printer?.close();
  }
  files.push(...sitePages(docs, registry));

  await writeOutput(outDir, files);
  options.onProgress?.({ type: "written", outDir, files: files.length });
  return {
    ok: true,
    check: result,
    documents: docs.length,
    pdfs: docs.length,
    outDir,
    ms: Math.round(performance.now() - started),
  };
}

/**
 * The documents of a check that can be rendered, with their slugs (file name without `.md`).
 * Throws when two files would get the same slug, as their PDFs would overwrite each other.
 */
export function renderableInputs(result: CheckResult): RenderInput[] {
  const inputs: RenderInput[] = [];
  const slugs = new Map<string, string>();
  for (const doc of result.documents) {
    // A document whose shared text could not be included or filled in would print with holes.
    if (!doc.schemaValid || doc.fatal || !doc.tree || doc.incomplete || doc.unfilled) continue;
    const slug = basename(doc.file.path, ".md");
    const clash = slugs.get(slug);
    if (clash) throw new Error(`${clash} och ${doc.file.path} får samma namn i bygget (${slug}); byt namn på en av filerna.`);
    slugs.set(slug, doc.file.path);
    inputs.push({ path: doc.file.path, slug, data: doc.data as DocumentData, tree: doc.tree });
  }
  return inputs;
}
