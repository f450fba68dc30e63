/**
 * HTML → PDF with one headless Chromium for the whole build and a small pool of sealed pages (one
 * per worker slot, reused from document to document): JavaScript off and every request aborted
 * except inline `data:` URLs. pdf-lib then fixes the information dictionary (dates from the
 * document, no "now"), so the same input gives byte-identical PDFs.
 *
 * Everything here that shapes a PDF besides its HTML and metadata is in PRINT_SETTINGS, which the
 * PDF cache (cache.ts) hashes together with this file's own source.
 */
import { execFile } from "node:child_process";
import { mkdtemp, readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
// puppeteer-core and pdf-lib take about 0.4 s to import; a build that prints nothing (every PDF
// from the cache) never loads them.
import type { Browser, Page, PDFOptions } from "puppeteer-core";
import type { DocumentMeta } from "../html/types.js";
import { ChromiumLaunchError, findChromium } from "./chromium.js";
import { guardProfile } from "./guard.js";
import { removeProfile } from "./profile.js";
import { finishPdf, PDF_AUTHOR, PDF_LANGUAGE, PDF_PRODUCER } from "./finish.js";
import { alive } from "../util/process.js";

export interface PrinterOptions {
  /** Chromium binary; default findChromium(). */
  executablePath?: string;
  /** Pages printed at the same time, 1 or 2 (default 2; more gains nothing on 2 cores). */
  concurrency?: number;
  /** How long Chromium may take to start before the build gives up (default 30 s). */
  launchTimeoutMs?: number;
}

export interface Printer {
  /** The browser's version number, e.g. "156.0.8078.108" (what chromiumVersion() says of its binary). */
  readonly version: string;
  /**
   * Prints on a free page of the pool (waiting for one when all are busy); `started` is called when
   * the page is had, so a time limit can count from there. The page is let go as soon as Chromium
   * has made the PDF: finishing it (tags, metadata) runs here while the page prints the next one.
   */
  print(html: string, meta: DocumentMeta, started?: () => void): Promise<Uint8Array>;
  close(): Promise<void>;
}

/** This module's own file: its text is part of the PDF cache's key, so a change here reprints. */
export const PRINT_CODE_FILE = fileURLToPath(import.meta.url);

export { PDF_AUTHOR, PDF_PRODUCER };

const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  // Chromium's own background requests (update checks, network time …) go to a dead proxy, and
  // so does loopback: without `<-loopback>` frames (<iframe>, <object>) still got a speculative
  // TCP preconnect to a local server, although their requests were aborted by the page handler.
  "--proxy-server=127.0.0.1:9",
  "--proxy-bypass-list=<-loopback>",
];

// Size, margins, running header and footer come from the document's CSS (html/page.ts): page-margin
// boxes can leave the first page, which has the letterhead, without the running header.
const PDF_OPTIONS: PDFOptions = {
  printBackground: true,
  tagged: true,
  outline: true,
  displayHeaderFooter: false,
  preferCSSPageSize: true,
};

/** What shapes every PDF besides its HTML and metadata: part of the PDF cache's key. */
export const PRINT_SETTINGS = {
  chromiumArgs: CHROMIUM_ARGS,
  pdf: PDF_OPTIONS,
  info: { author: PDF_AUTHOR, creator: PDF_PRODUCER, producer: PDF_PRODUCER, language: PDF_LANGUAGE },
} as const;

/** Pages printed at the same time: 1 or 2, default 2. */
export function printConcurrency(options: PrinterOptions = {}): number {
  return Math.max(1, Math.min(2, Math.floor(options.concurrency ?? 2)));
}

export interface LaunchControl {
  /** Aborting kills the browser at once, also while it is still starting (then openPrinter rejects). */
  signal?: AbortSignal;
  /** Open every page of the pool right after the launch instead of on first use (when printing is certain). */
  openPages?: boolean;
  /**
   * Leave loading pdf-lib (some 0.4 s of this thread) to the caller's preparePdfLib() or the first
   * PDF, instead of loading it while the browser starts (a build starts it beside its check).
   */
  deferPdfLib?: boolean;
}

/** Start Chromium; call close() when done (also on failure), it removes the temporary profile. */
export async function openPrinter(options: PrinterOptions = {}, control: LaunchControl = {}): Promise<Printer> {
  const { signal } = control;
  const executablePath = options.executablePath ?? findChromium();
  const concurrency = printConcurrency(options);
  if (!control.deferPdfLib) void loadPdfLib().catch(() => undefined); // loaded while the browser starts, not at the first PDF
  await removeStaleProfiles();
  // The profile folder names this process, so a later build can remove it if this one is killed.
  const userDataDir = await mkdtemp(join(tmpdir(), `${PROFILE_PREFIX}${process.pid}-`));
  // Started before Chromium, so that no moment of the launch is left without it.
  const guard = guardProfile(userDataDir);
  let browser: Browser;
  let version: string;
  try {
    const { default: puppeteer } = await import("puppeteer-core");
    signal?.throwIfAborted();
    // `pipe`: the browser talks to mandat over its stdin/stdout, so it exits once it reads that
    // mandat's process is gone, even one killed with SIGKILL; the watchdog (pdf/guard.ts) makes
    // sure of it also while Chromium is still starting or slow to notice. mandat's command line
    // handles the signals itself (cli/interrupt.ts), so puppeteer's own handlers (which call
    // process.exit) stay off. A browser that exits or hangs at start is named, with what to do.
    const launchMs = options.launchTimeoutMs ?? 30_000;
    // puppeteer listens to the launch signal for the browser's whole life (an abort kills it), so
    // the launch time limit must end with the launch: a timer that is cleared, not AbortSignal.timeout,
    // which killed every browser still printing 30 s after it started.
    const launchLimit = new AbortController();
    const timer = setTimeout(() => launchLimit.abort(), launchMs);
    const timeout = launchLimit.signal;
    browser = await puppeteer
      .launch({
        executablePath,
        headless: true,
        userDataDir,
        args: CHROMIUM_ARGS,
        signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
        pipe: true,
        handleSIGINT: false,
        handleSIGTERM: false,
        handleSIGHUP: false,
        timeout: launchMs,
      })
      .catch((error: unknown) => {
        if (signal?.aborted) throw error;
        const hung = timeout.aborted || (error as Error)?.name === "TimeoutError";
        const reason = hung
          ? `den svarade inte inom ${Math.round(launchMs / 1000)} s.`
          : `den avslutades direkt (${String((error as Error)?.message ?? error).split("\n")[0]}).`;
        throw new ChromiumLaunchError(executablePath, reason);
      })
      .finally(() => clearTimeout(timer));
    const product = await browser.version().catch(async (error: unknown) => {
      await browser.close();
      throw error;
    });
    version = versionNumber(product) ?? product;
  } catch (error) {
    removeProfile(userDataDir);
    guard.stop();
    throw error;
  }

  // One slot per concurrent print; a slot keeps its page from one document to the next, since a new
  // page (a renderer process, then the sealing) costs more than printing a short document. A page
  // that failed is closed and its slot opens a fresh one next time.
  const slots: (Promise<Page> | undefined)[] = Array.from({ length: concurrency }, () => undefined);
  const pageOf = (slot: number): Promise<Page> => {
    const page = (slots[slot] ??= sealedPage(browser));
    page.catch(() => (slots[slot] === page ? (slots[slot] = undefined) : undefined)); // failed: a new one next time
    return page;
  };
  if (control.openPages) slots.forEach((_, slot) => void pageOf(slot));
  const free = slots.map((_, i) => i).reverse();
  const waiting: ((slot: number) => void)[] = [];
  const acquire = (): Promise<number> => {
    const slot = free.pop();
    return slot !== undefined ? Promise.resolve(slot) : new Promise((resolve) => waiting.push(resolve));
  };
  const release = (slot: number): void => {
    const next = waiting.shift();
    if (next) next(slot);
    else free.push(slot);
  };

  let closed = false;
  return {
    version,
    async print(html, meta, started) {
      if (closed) throw new Error("The printer is closed.");
      const slot = await acquire();
      let pdf: Uint8Array;
      try {
        if (closed) throw new Error("The printer is closed.");
        started?.();
        const page = await pageOf(slot);
        try {
          pdf = await renderPdf(page, html);
        } catch (error) {
          slots[slot] = undefined;
          await page.close().catch(() => undefined);
          throw error;
        }
      } finally {
        release(slot);
      }
      return await finishPdf(await loadPdfLib(), pdf, meta, html);
    },
    async close() {
      if (closed) return;
      closed = true;
      try {
        await browser.close();
      } finally {
        removeProfile(userDataDir);
        guard.stop();
      }
    },
  };
}

/** Prefix of a printer's temporary Chromium profile folder: `mandat-chromium-<pid>-XXXXXX`. */
export const PROFILE_PREFIX = "mandat-chromium-";

/** Remove the profile folders of printers whose process is gone (a build killed while printing). */
export async function removeStaleProfiles(dir: string = tmpdir()): Promise<void> {
  const pattern = new RegExp(`^${PROFILE_PREFIX}(\\d+)-[A-Za-z0-9]{6}$`);
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    const pid = pattern.exec(entry.name)?.[1];
    if (!pid || !entry.isDirectory() || Number(pid) === process.pid || alive(Number(pid))) continue;
    removeProfile(join(dir, entry.name));
  }
}

/** A page that runs no script and loads nothing but inline `data:` URLs. */
async function sealedPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage();
  try {
    await page.setJavaScriptEnabled(false);
    await page.setRequestInterception(true);
    page.on("request", (request) => {
      if (request.isInterceptResolutionHandled()) return;
      if (request.url().startsWith("data:")) void request.continue();
      else void request.abort("blockedbyclient");
    });
    return page;
  } catch (error) {
    await page.close().catch(() => undefined);
    throw error;
  }
}

/** Print `html` on a sealed page; setContent replaces whatever the page showed before. */
async function renderPdf(page: Page, html: string): Promise<Uint8Array> {
  await page.setContent(html, { waitUntil: "load" });
  return page.pdf(PDF_OPTIONS);
}

const versions = new Map<string, Promise<string | undefined>>();

/** The dotted version number in what a browser says of itself ("Chrome/156.0.8078.108", "Chromium 156.0.8078.108 built on …"). */
export function versionNumber(text: string): string | undefined {
  return /\b\d+(?:\.\d+){1,3}\b/.exec(text)?.[0];
}

/**
 * The version number of a Chromium binary, from `--version` (e.g. "Chromium 156.0.8078.108 built
 * on …" → "156.0.8078.108"), without starting a browser; undefined if the binary does not say.
 * Asked once per binary and process; the same number as a started printer's `version`.
 */
export function chromiumVersion(executablePath: string): Promise<string | undefined> {
  let answer = versions.get(executablePath);
  if (!answer) {
    answer = new Promise((resolve) => {
      execFile(executablePath, ["--version"], { timeout: 20_000 }, (error, stdout) => {
        const number = error ? undefined : versionNumber(String(stdout ?? ""));
        if (!number) versions.delete(executablePath);
        resolve(number);
      });
    });
    versions.set(executablePath, answer);
  }
  return answer;
}

/** pdf-lib, loaded once (finish.ts fixes the information dictionary, XMP and bookmarks with it). */
let pdfLib: Promise<typeof import("pdf-lib")> | undefined;
const loadPdfLib = () => (pdfLib ??= import("pdf-lib"));

/** Load pdf-lib now (once per process), so that the first PDF does not wait for it. */
export function preparePdfLib(): Promise<unknown> {
  return loadPdfLib();
}
