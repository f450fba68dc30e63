import { chmod, writeFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import type { Paragraph } from "mdast";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderPlan } from "../../src/build.js";
import { check } from "../../src/check.js";
import type { DocumentMeta } from "../../src/html/types.js";
import type { SiteDocument } from "../../src/site/pages.js";
import { ChromiumNotFoundError, findChromium } from "../../src/pdf/chromium.js";
import { chromiumVersion, openPrinter, type Printer } from "../../src/pdf/print.js";
import { pdfInfo, pdfText } from "../helpers/pdf.js";
import { BROWSER_TIMEOUT, REPO_ROOT, removeDir, tempDir } from "../helpers/repo.js";

const SLUG = "samordnande-grupp-utveckling-hos";

describe("openPrinter", () => {
  let printer: Printer;
  let dir: string;
  let doc: SiteDocument;
  let other: SiteDocument;
  let printHtml: (doc: SiteDocument) => string;
  let meta: DocumentMeta;
  let first: Uint8Array;
  let second: Uint8Array;
  let file: string;

  beforeAll(async () => {
    dir = await tempDir("pdf");
    // The trees are what renderPlan renders; a check keeps them only when asked.
    const result = await check({ root: REPO_ROOT, keepTrees: true });
    const plan = renderPlan(result);
    printHtml = plan.printHtml;
    doc = plan.docs.find((d) => d.input.slug === SLUG)!;
    other = plan.docs.find((d) => d.input.slug === "samordningsrad-onkologi")!;
    meta = doc.meta;
    printer = await openPrinter();
    const html = printHtml(doc);
    first = await printer.print(html, meta);
    second = await printer.print(html, meta);
    file = join(dir, `${SLUG}.pdf`);
    await writeFile(file, first);
  }, BROWSER_TIMEOUT);

  afterAll(async () => {
    await printer?.close();
    await removeDir(dir);
  });

  it("prints the mandate's text, headings and footer with å ä ö intact", async () => {
    const text = await pdfText(file);
    for (const expected of [
      "Samordnande grupp för utveckling inom hälso- och sjukvård",
      "Västra Götalandsregionen",
      "Uppdragshandling för",
      "RS 2023-01756",
      "Datum",
      "Diarienummer",
      "Syfte med uppdraget",
      "Uppdragsbeskrivning",
      "Arbetsorganisation",
      "Beslutsordning",
      "Datum för beslut",
      "Håkan Sandahl",
      "Regiondirektör",
      "Uppdraget skickas till",
      "Sida 1 av",
      "Mötesfrekvens",
      "Södra Älvsborgs sjukhus",
      "Ökat lärande över förvaltningsgränser",
    ]) {
      expect(text).toContain(expected);
    }
    const raw = await pdfText(file, "raw");
    expect(raw).toMatch(/Sida 1 av (\d+)/);
    const pages = Number(/Sida 1 av (\d+)/.exec(raw)![1]);
    expect(raw).toContain(`Sida ${pages} av ${pages}`);
  });

  it("is A4, tagged, with fixed metadata from the document", async () => {
    const info = await pdfInfo(file);
    // CSS `size: A4` in whole CSS pixels: 594.96 pt wide (ISO 595.28), which pdfinfo calls A4.
    expect(info["Page size"]).toMatch(/^59[45]\.\d+ x 841\.\d+ pts \(A4\)$/);
    expect(info["Tagged"]).toBe("yes");
    expect(info["Title"]).toBe(meta.title);
    expect(info["Subject"]).toBe(meta.subject);
    expect(info["Author"]).toBe("Västra Götalandsregionen");
    expect(info["Creator"]).toBe("mandat");
    expect(info["Producer"]).toBe("mandat");
    expect(info["Keywords"]).toContain("RS 2023-01756");
    expect(info["CreationDate"]).toMatch(/2024 UTC$/);
    expect(info["CreationDate"]).toContain("May 31 00:00:00");
    // ModDate is the decision date, from the document too (never the clock).
    expect(meta.modified).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const [y, m, d] = meta.modified!.split("-").map(Number) as [number, number, number];
    const month = new Date(Date.UTC(y, m - 1, d)).toLocaleString("en-US", { month: "short", timeZone: "UTC" });
    expect(info["ModDate"]).toContain(`${month} ${String(d).padStart(2, "0")} 00:00:00 ${y} UTC`);
  });

  it("gives byte-identical PDFs for the same input", () => {
    expect(first.length).toBeGreaterThan(10_000);
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
  });

  it(
    "reuses its pages: a page that printed another document prints this one byte-identically",
    async () => {
      // Sequential prints take the same slot, so both go to the page that printed `first` and `second`.
      const between = await printer.print(printHtml(other), other.meta);
      expect(Buffer.from(between).equals(Buffer.from(first))).toBe(false);
      const again = await printer.print(printHtml(doc), meta);
      expect(Buffer.from(again).equals(Buffer.from(first))).toBe(true);
    },
    BROWSER_TIMEOUT,
  );

  it("knows the browser's version number, and the binary says the same without a browser", async () => {
    expect(printer.version).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(await chromiumVersion(findChromium())).toBe(printer.version);
  });

  it(
    "reaches no server, whatever the HTML asks for",
    async () => {
      const hits: string[] = [];
      let connections = 0;
      const server: Server = createServer((req, res) => {
        hits.push(req.url ?? "");
        res.writeHead(200, { "content-type": "image/png" });
        res.end();
      });
      // Counts bare TCP connections too (Chromium preconnects to frame URLs without a request).
      server.on("connection", () => connections++);
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      try {
        // A document whose body has a Markdown image on the server. The html stage may already
        // drop an external source; if it lets one through, the printer must stop it.
        const image: Paragraph = {
          type: "paragraph",
          children: [{ type: "image", url: `${base}/x.png`, alt: "bild" }],
        };
        const withImage: SiteDocument = { ...doc, input: { ...doc.input, tree: { ...doc.input.tree, children: [...doc.input.tree.children, image] } } };
        await printer.print(printHtml(withImage), meta);

        // Raw HTML straight to the printer: every kind of subresource.
        const raw = `<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>t</title>
          <link rel="stylesheet" href="${base}/style.css">
          <style>@font-face { font-family: X; src: url(${base}/font.woff2); } body { font-family: X; background: url(${base}/bg.png); }</style>
          </head><body><p>Hej</p><img src="${base}/y.png"><iframe src="${base}/frame.html"></iframe>
          <object data="${base}/obj"></object><script src="${base}/s.js"></script></body></html>`;
        const pdf = await printer.print(raw, meta);
        expect(pdf.length).toBeGreaterThan(1000);
      } finally {
        server.closeAllConnections();
        await new Promise<void>((resolve) => server.close(() => resolve()));
      }
      expect(hits).toEqual([]);
      expect(connections).toBe(0);
    },
    BROWSER_TIMEOUT,
  );
});

describe("findChromium", () => {
  let dir: string;
  let fake: string;
  beforeAll(async () => {
    dir = await tempDir("chromium");
    fake = join(dir, "chrome");
    await writeFile(fake, "#!/bin/sh\n");
    await chmod(fake, 0o755);
  });
  afterAll(() => removeDir(dir));

  it("prefers MANDAT_CHROMIUM, then PUPPETEER_EXECUTABLE_PATH", () => {
    expect(findChromium({ MANDAT_CHROMIUM: fake, PUPPETEER_EXECUTABLE_PATH: "/nonexistent" })).toBe(fake);
    expect(findChromium({ PUPPETEER_EXECUTABLE_PATH: fake })).toBe(fake);
  });

  it("fails with a Swedish message when a variable names no executable", () => {
    expect(() => findChromium({ MANDAT_CHROMIUM: join(dir, "saknas") })).toThrow(ChromiumNotFoundError);
    try {
      findChromium({ MANDAT_CHROMIUM: join(dir, "saknas") });
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toContain("MANDAT_CHROMIUM");
      expect(message).toContain(join(dir, "saknas"));
      expect(message).toContain("sudo apt-get install chromium");
    }
  });

  it("names everything it tried", () => {
    const error = new ChromiumNotFoundError(["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]);
    expect(error.message).toContain("Hittar ingen Chromium");
    expect(error.message).toContain("/usr/bin/chromium-browser");
    expect(error.message).toContain("MANDAT_CHROMIUM");
    expect(error.code).toBe("CHROMIUM_NOT_FOUND");
  });

  it("gets no version from a binary that does not say one", async () => {
    expect(await chromiumVersion(fake)).toBeUndefined();
    expect(await chromiumVersion(join(dir, "saknas"))).toBeUndefined();
  });

  it("falls back to a standard location", () => {
    expect(findChromium({})).toMatch(/^\/usr\/bin\//);
  });
});
