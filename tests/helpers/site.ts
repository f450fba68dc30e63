/**
 * Checks of a built site as a visitor meets it: a small static server under a sub-path, real
 * Chromium, axe-core in the page, every link followed, and the in-browser search.
 */
import { createReadStream } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, relative, resolve, sep } from "node:path";
import { createRequire } from "node:module";
import puppeteer, { type Browser, type Page } from "puppeteer-core";
import { findChromium } from "../../src/pdf/chromium.js";

const require = createRequire(import.meta.url);
/** axe-core's source, injected into each page. */
export const AXE_SOURCE: string = (require("axe-core") as { source: string }).source;

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".pdf": "application/pdf",
  ".ics": "text/calendar; charset=utf-8",
  ".svg": "image/svg+xml",
  ".wasm": "application/wasm",
};

/** Serve `dir` at http://127.0.0.1:<port><prefix>; anything outside the prefix is 404. */
export async function serveDir(dir: string, prefix: string): Promise<{ base: string; close(): Promise<void> }> {
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    if (!path.startsWith(prefix)) return void res.writeHead(404).end();
    let file = resolve(dir, `.${path.slice(prefix.length - 1)}`);
    if (file !== dir && !file.startsWith(dir + sep)) return void res.writeHead(404).end();
    try {
      if ((await stat(file)).isDirectory()) file = join(file, "index.html");
      await stat(file);
    } catch {
      return void res.writeHead(404).end();
    }
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  const { port } = server.address() as AddressInfo;
  return { base: `http://127.0.0.1:${port}${prefix}`, close: () => new Promise((ok) => server.close(() => ok())) };
}

export async function launchBrowser(): Promise<Browser> {
  return puppeteer.launch({
    executablePath: findChromium(),
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

/** Every .html file under `dir`, as paths relative to it with forward slashes. */
export async function htmlFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (at: string): Promise<void> => {
    for (const entry of await readdir(at, { withFileTypes: true })) {
      const full = join(at, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.name.endsWith(".html")) out.push(relative(dir, full).split(sep).join("/"));
    }
  };
  await walk(dir);
  return out.sort();
}

export interface PageVisit {
  /** URLs the page itself requested (styles, scripts, the search index …). */
  requests: string[];
  /** Resolved href/src of a, link and script elements. */
  links: string[];
}

/** Open a page and record what it asks for and links to. */
export async function visit(page: Page, url: string): Promise<PageVisit> {
  const requests: string[] = [];
  const onRequest = (r: { url(): string }): void => void requests.push(r.url());
  page.on("request", onRequest);
  try {
    const response = await page.goto(url, { waitUntil: "load" });
    if (!response || response.status() !== 200) throw new Error(`${url}: ${response?.status()}`);
    const links = await page.$$eval("a[href], link[href], script[src]", (els) =>
      els.map((el) => (el instanceof HTMLScriptElement ? el.src : (el as HTMLAnchorElement | HTMLLinkElement).href)),
    );
    return { requests, links };
  } finally {
    page.off("request", onRequest);
  }
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** axe-core over the open page: every rule axe runs by default (WCAG 2.1 A/AA and best practices). */
export async function axe(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const api = (window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const result = await api.run(document, { resultTypes: ["violations"] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => JSON.stringify(n.target)) }));
  });
}

/** Titles and addresses of the search results for `query` on the site's search page. */
export async function searchSite(page: Page, base: string, query: string): Promise<{ title: string; href: string }[]> {
  await page.goto(`${base}sok.html?q=${encodeURIComponent(query)}`, { waitUntil: "load" });
  await page.waitForFunction(() => /träff/.test(document.getElementById("sokstatus")?.textContent ?? ""), { timeout: 20_000 });
  return page.$$eval("#sokresultat li a", (as) => as.map((a) => ({ title: a.textContent ?? "", href: (a as HTMLAnchorElement).href })));
}
