/**
 * The site built from the real documents, served under a sub-path and opened in real Chromium:
 * axe-core on every page at desktop and phone width, every link followed, nothing loaded from
 * elsewhere, search with Swedish word forms, labels kept on a phone, keyboard navigation.
 */
import { join } from "node:path";
import type { Browser, Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { build } from "../../src/build.js";
import { BROWSER_TIMEOUT, REPO_ROOT, removeDir, tempDir } from "../helpers/repo.js";
import { checkServedSite, launchBrowser, searchSite, serveDir } from "../helpers/site.js";

const PREFIX = "/intranat/grupper/";
const WIDTHS = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844, isMobile: true, hasTouch: true } };

describe("static site in Chromium, under a sub-path", () => {
  let dir: string;
  let out: string;
  let server: { base: string; close(): Promise<void> };
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    dir = await tempDir("site-browser");
    out = join(dir, "build");
    const result = await build({ root: REPO_ROOT, outDir: out });
    if (!result.ok) throw new Error("build failed");
    server = await serveDir(out, PREFIX);
    browser = await launchBrowser();
    page = await browser.newPage();
    // A whole build with its PDFs; the shared machine can be slow.
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await removeDir(dir);
  });

  it(
    "has no axe violation on any page at desktop and phone width; every link resolves under the sub-path; nothing is loaded from elsewhere",
    async () => {
      const report = await checkServedSite(browser, server.base, out, Object.values(WIDTHS));
      expect(report.pages).toBeGreaterThan(75);
      expect(report.violations).toEqual([]);
      expect(report.foreign).toEqual([]);
      expect(report.broken).toEqual([]);
      // Every page is reached by some link (plus the PDFs, style, script, icon and calendar).
      expect(report.checkedLinks).toBeGreaterThan(report.pages);
    },
    1_200_000,
  );

  it(
    "finds a mandate by a word form that appears only inflected in it",
    async () => {
      // "kunskapsstyrning" is written only as "kunskapsstyrningen" in the mandates.
      const hits = await searchSite(page, server.base, "kunskapsstyrning");
      const hrefs = hits.map((h) => h.href);

      expect(hrefs).toContain(`${server.base}dokument/samordningsrad-onkologi.html`);
      expect(hits.every((h) => h.href.startsWith(server.base))).toBe(true);
      const text = await page.$eval("#sokresultat", (el) => el.innerHTML);
      expect(text).toContain("<mark>kunskapsstyrningen</mark>");
      // And the site search field leads to the same search.
      await page.goto(`${server.base}index.html`);
      await page.type("#snabbsok", "uppdragen");
      await Promise.all([page.waitForNavigation(), page.keyboard.press("Enter")]);
      await page.waitForFunction(() => /träff/.test(document.getElementById("sokstatus")?.textContent ?? ""));
      expect(await page.$$eval("#sokresultat li", (li) => li.length)).toBeGreaterThan(2);
    },
    BROWSER_TIMEOUT,
  );

  it(
    "keeps each column's label with its value on a phone",
    async () => {
      await page.setViewport(WIDTHS.phone);
      await page.goto(`${server.base}index.html`);
      const cell = await page.$eval('#samordningsrad-infektion td[data-label="Status"]', (td) => ({
        before: getComputedStyle(td, "::before").content,
        display: getComputedStyle(td).display,
        width: td.getBoundingClientRect().width,
      }));
      expect(cell.before).toBe('"Status: "');
      expect(cell.display).toBe("block");
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await page.setViewport(WIDTHS.desktop);
    },
    BROWSER_TIMEOUT,
  );

  it(
    "can be used with the keyboard: a visible skip link first, then the navigation",
    async () => {
      await page.goto(`${server.base}index.html`);
      await page.keyboard.press("Tab");
      const first = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const box = el.getBoundingClientRect();
        return { text: el.textContent, visible: box.left >= 0 && box.top >= 0 && box.width > 0 };
      });
      expect(first).toEqual({ text: "Hoppa till innehållet", visible: true });
      await page.keyboard.press("Enter");
      await page.keyboard.press("Tab");
      const next = await page.evaluate(() => (document.activeElement as HTMLElement).closest("main")?.id);
      expect(next).toBe("innehall");
    },
    BROWSER_TIMEOUT,
  );
});
