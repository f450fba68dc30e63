/**
 * HTML → PDF with one headless Chromium for the whole build, in a sealed page: JavaScript off and
 * every request aborted except inline `data:` URLs. pdf-lib then fixes the information dictionary
 * (dates from the document, no "now"), so the same input gives byte-identical PDFs.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PDFDocument } from "pdf-lib";
import puppeteer, { type Browser } from "puppeteer-core";
import type { DocumentMeta } from "../html/types.js";
import { findChromium } from "./chromium.js";

export interface PrinterOptions {
  /** Chromium binary; default findChromium(). */
  executablePath?: string;
  /** Pages printed at the same time, 1 or 2 (default 2; more gains nothing on 2 cores). */
  concurrency?: number;
}

export interface Printer {
  print(html: string, meta: DocumentMeta): Promise<Uint8Array>;
  close(): Promise<void>;
}

export const PDF_AUTHOR = "Västra Götalandsregionen";
export const PDF_PRODUCER = "mandat";

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

const FONT = `font-family:'Liberation Sans',Arial,'DejaVu Sans',sans-serif`;
const HEADER_TEMPLATE = `<div></div>`;
const FOOTER_TEMPLATE =
  `<div style="${FONT};font-size:8pt;color:#444;width:100%;text-align:center">` +
  `Sida <span class="pageNumber"></span> av <span class="totalPages"></span></div>`;

/** Start Chromium; call close() when done (also on failure), it removes the temporary profile. */
export async function openPrinter(options: PrinterOptions = {}): Promise<Printer> {
  const executablePath = options.executablePath ?? findChromium();
  const concurrency = Math.max(1, Math.min(2, Math.floor(options.concurrency ?? 2)));
  const userDataDir = await mkdtemp(join(tmpdir(), "mandat-chromium-"));
  let browser: Browser;
  try {
    browser = await puppeteer.launch({ executablePath, headless: true, userDataDir, args: CHROMIUM_ARGS });
  } catch (error) {
    await rm(userDataDir, { recursive: true, force: true });
    throw error;
  }

  let active = 0;
  const waiting: (() => void)[] = [];
  const acquire = async (): Promise<void> => {
    if (active < concurrency) {
      active++;
      return;
    }
    await new Promise<void>((resolve) => waiting.push(resolve));
  };
  const release = (): void => {
    const next = waiting.shift();
    if (next) next();
    else active--;
  };

  let closed = false;
  return {
    async print(html, meta) {
      if (closed) throw new Error("The printer is closed.");
      await acquire();
      try {
        return await normalise(await renderPdf(browser, html), meta);
      } finally {
        release();
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      try {
        await browser.close();
      } finally {
        await rm(userDataDir, { recursive: true, force: true });
      }
    },
  };
}

async function renderPdf(browser: Browser, html: string): Promise<Uint8Array> {
  const page = await browser.newPage();
  try {
    await page.setJavaScriptEnabled(false);
    await page.setRequestInterception(true);
    page.on("request", (request) => {
      if (request.isInterceptResolutionHandled()) return;
      if (request.url().startsWith("data:")) void request.continue();
      else void request.abort("blockedbyclient");
    });
    await page.setContent(html, { waitUntil: "load" });
    return await page.pdf({
      format: "A4",
      printBackground: true,
      tagged: true,
      outline: true,
      displayHeaderFooter: true,
      headerTemplate: HEADER_TEMPLATE,
      footerTemplate: FOOTER_TEMPLATE,
      margin: { top: "20mm", bottom: "20mm", left: "18mm", right: "18mm" },
    });
  } finally {
    await page.close();
  }
}

/** Fixed information dictionary: no timestamps of the build, no "pdf-lib" producer. */
async function normalise(pdf: Uint8Array, meta: DocumentMeta): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const when = new Date(`${meta.date}T00:00:00Z`);
  if (Number.isNaN(when.getTime())) throw new Error(`Invalid document date: ${meta.date}`);
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  doc.setSubject(meta.subject);
  doc.setKeywords(meta.keywords);
  doc.setAuthor(PDF_AUTHOR);
  doc.setCreator(PDF_PRODUCER);
  doc.setProducer(PDF_PRODUCER);
  doc.setLanguage("sv");
  doc.setCreationDate(when);
  doc.setModificationDate(when);
  return doc.save({ useObjectStreams: false });
}
