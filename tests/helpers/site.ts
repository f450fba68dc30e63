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
import { CONTENT_TYPES as TYPES } from "../../src/site/content-types.js";

const require = createRequire(import.meta.url);
/** axe-core's script; the test server answers it at AXE_PATH (outside any site prefix). */
const AXE_FILE = require.resolve("axe-core/axe.min.js");
export const AXE_PATH = "/__test__/axe.min.js";


/** Serve `dir` at http://127.0.0.1:<port><prefix>; anything outside the prefix is 404. */
export async function serveDir(dir: string, prefix: string): Promise<{ base: string; close(): Promise<void> }> {
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    // Loaded as a cacheable script, Chromium compiles axe once instead of on every page.
    if (path === AXE_PATH) {
      res.writeHead(200, { "content-type": TYPES[".js"]!, "cache-control": "max-age=3600" });
      return void createReadStream(AXE_FILE).pipe(res);
    }
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
      els.map((el) => {
        if (el instanceof HTMLScriptElement) return el.src;
        // A diagram's box is an SVG <a>: its href property is no string, so resolve the attribute.
        if (el instanceof SVGAElement) return new URL(el.getAttribute("href") ?? "", document.baseURI).href;
        return (el as HTMLAnchorElement | HTMLLinkElement).href;
      }),
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
  await page.addScriptTag({ url: new URL(AXE_PATH, page.url()).href });
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

export interface SiteReport {
  pages: number;
  checkedLinks: number;
  /** "page @ width: rule (impact): help – nodes" */
  violations: string[];
  /** Requests or links that leave the site's base URL (other hosts, or outside the sub-path). */
  foreign: string[];
  /** Links that do not answer 200. */
  broken: string[];
}

/**
 * Every HTML page of `dir`, opened from `base` at each viewport: axe-core, what it requests, what
 * it links to; then every distinct link on the site is fetched once. Two tabs work in parallel.
 */
export async function checkServedSite(browser: Browser, base: string, dir: string, viewports: { width: number; height: number }[], options: { axe?: boolean } = {}): Promise<SiteReport> {
  const files = await htmlFiles(dir);
  const report: SiteReport = { pages: files.length, checkedLinks: 0, violations: [], foreign: [], broken: [] };
  const links = new Map<string, string>();
  const jobs = files.flatMap((file) => viewports.map((viewport) => ({ file, viewport })));
  const worker = async (): Promise<void> => {
    const tab = await browser.newPage();
    try {
      for (let job = jobs.shift(); job; job = jobs.shift()) {
        await tab.setViewport(job.viewport);
        const url = base + job.file;
        const seen = await visit(tab, url);
        for (const request of seen.requests) if (!request.startsWith(base) && !request.endsWith(AXE_PATH)) report.foreign.push(`${job.file} requests ${request}`);
        for (const link of seen.links) {
          const target = link.split("#")[0]!;
          if (/^(mailto|tel):/.test(target)) continue;
          // Links the documents write to other sites are theirs; the site's own stay under base.
          if (new URL(target).origin !== new URL(base).origin) continue;
          if (!target.startsWith(base)) report.foreign.push(`${job.file} links to ${target}`);
          else if (!links.has(target)) links.set(target, job.file);
        }
        if (options.axe !== false) for (const v of await axe(tab)) report.violations.push(`${job.file} @ ${job.viewport.width}px: ${v.id} (${v.impact}): ${v.help} – ${v.nodes.join(" ")}`);
      }
    } finally {
      await tab.close();
    }
  };
  await Promise.all([worker(), worker()]);
  for (const [target, from] of links) {
    const response = await fetch(target);
    await response.arrayBuffer();
    if (response.status !== 200) report.broken.push(`${from} → ${target}: ${response.status}`);
  }
  report.checkedLinks = links.size;
  return report;
}
