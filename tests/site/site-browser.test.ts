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
import { axe, checkServedSite, launchBrowser, searchSite, serveDir } from "../helpers/site.js";

const PREFIX = "/intranat/grupper/";
/** Press Tab until the focused element matches `selector` (at most `max` times); false if it never does. */
async function tabTo(page: Page, selector: string, max = 40): Promise<boolean> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return true;
  }
  return false;
}

/** The names of the register's rows a visitor sees, top to bottom. */
function shownGroups(page: Page): Promise<string[]> {
  return page.$$eval("table.register tbody tr[id]", (rows) => rows.filter((r) => (r as HTMLElement).offsetParent !== null).map((r) => r.querySelector("th a")?.textContent ?? ""));
}

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

  it(
    "filters and sorts the register in place with JavaScript, keeps the view in the address, says how many groups are shown, and stays axe-clean",
    async () => {
      await page.setViewport(WIDTHS.desktop);
      await page.goto(`${server.base}index.html`);
      await page.waitForSelector("form.register-filter");
      // The box of 23 links is gone; the compact form stands in its place.
      expect(await page.$("#vyer")).toBeNull();
      expect(await shownGroups(page)).toHaveLength(16);
      expect((await shownGroups(page)).slice(0, 4)).toEqual(["Samordnande grupp för utveckling inom hälso- och sjukvård", "Samordningsgrupp medicinska biblioteksfrågor", "Samordningsråd infektion", "Samordningsråd onkologi"]);

      await page.select("#filter-typ", "samordningsrad");
      expect(await shownGroups(page)).toEqual(["Samordningsråd infektion", "Samordningsråd onkologi"]);
      expect(await page.$eval("#visas", (el) => el.textContent)).toBe("2 grupper visas (typ: samordningsråd), sorterade efter namn.");
      expect(await page.$eval("#visas", (el) => el.getAttribute("aria-live"))).toBe("polite");
      expect(new URL(page.url()).search).toBe("?typ=samordningsrad");
      // The group without a row left has its heading hidden too.
      expect(await page.$eval('tbody[data-rows="utan-uppdragshandling"]', (el) => (el as HTMLElement).hidden)).toBe(true);

      // Sorting by a header: the name column again turns the order round.
      await page.click('th[data-sort="namn"] button');
      expect(await shownGroups(page)).toEqual(["Samordningsråd onkologi", "Samordningsråd infektion"]);
      expect(await page.$eval('th[data-sort="namn"]', (th) => th.getAttribute("aria-sort"))).toBe("descending");
      expect(await page.$$eval("th[aria-sort]", (ths) => ths.length)).toBe(1);
      expect(new URL(page.url()).search).toBe("?typ=samordningsrad&ordning=fallande");

      // By an organisation, then by latest decision (newest first).
      await page.select("#filter-typ", "");
      await page.select("#filter-organisation", "narhalsan");
      expect(await shownGroups(page)).toEqual(["Samordnande grupp för utveckling inom hälso- och sjukvård"]);
      expect(await page.$eval("#visas", (el) => el.textContent)).toMatch(/^1 grupp visas \(organisation: Närhälsan\)/);
      await page.select("#filter-organisation", "");
      await page.click('th[data-sort="beslut"] button');
      expect((await shownGroups(page)).slice(0, 4)).toEqual(["Samordningsråd infektion", "Samordningsråd onkologi", "Samordningsgrupp medicinska biblioteksfrågor", "Samordnande grupp för utveckling inom hälso- och sjukvård"]);
      expect(await page.$eval('th[data-sort="beslut"]', (th) => th.getAttribute("aria-sort"))).toBe("descending");

      // A shared address shows the same view after a reload.
      await page.select("#filter-status", "faststalld");
      await page.type("#filter-namn", "råd");
      await page.waitForFunction(() => document.getElementById("visas")?.textContent?.startsWith("2 grupper visas"));
      const address = page.url();
      expect(new URL(address).search).toBe("?namn=r%C3%A5d&status=faststalld&sortera=beslut");
      await page.goto(address);
      await page.waitForSelector("form.register-filter");
      expect(await shownGroups(page)).toEqual(["Samordningsråd infektion", "Samordningsråd onkologi"]);
      expect(await page.$eval("#filter-namn", (el) => (el as HTMLInputElement).value)).toBe("råd");
      expect(await page.$eval("#filter-status", (el) => (el as HTMLSelectElement).value)).toBe("faststalld");
      expect(await page.$eval('th[data-sort="beslut"]', (th) => th.getAttribute("aria-sort"))).toBe("descending");
      expect(await page.$eval("#visas", (el) => el.textContent)).toBe("2 grupper visas (namn som innehåller ”råd”; status: fastställd), sorterade efter senaste beslut.");

      // With the script running, at desktop and phone width, filtered or not.
      expect(await axe(page)).toEqual([]);
      await page.setViewport(WIDTHS.phone);
      expect(await axe(page)).toEqual([]);
      // On a phone the (hidden) header row holds no buttons to tab into; the form's sort field serves.
      expect(await page.$eval('th[data-sort="namn"] button', (b) => getComputedStyle(b).display)).toBe("none");
      await page.click('form.register-filter button[type="reset"]');
      await page.waitForFunction(() => document.getElementById("visas")?.textContent === "16 grupper visas, sorterade efter namn.");
      expect(new URL(page.url()).search).toBe("");
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
      expect(await axe(page)).toEqual([]);
      await page.setViewport(WIDTHS.desktop);
    },
    BROWSER_TIMEOUT,
  );

  it(
    "can filter and sort the register with the keyboard alone",
    async () => {
      await page.setViewport(WIDTHS.desktop);
      await page.goto(`${server.base}index.html`);
      await page.waitForSelector("form.register-filter");
      expect(await tabTo(page, "#filter-namn")).toBe(true);
      await page.keyboard.type("samordningsråd");
      await page.waitForFunction(() => document.getElementById("visas")?.textContent?.startsWith("3 grupper visas"));
      // Documented groups first, then those known by name only, each sorted by name.
      expect(await shownGroups(page)).toEqual(["Samordningsråd infektion", "Samordningsråd onkologi", "Regionala samordningsråd"]);
      expect(await tabTo(page, 'th[data-sort="namn"] button')).toBe(true);
      await page.keyboard.press("Enter");
      expect(await shownGroups(page)).toEqual(["Samordningsråd onkologi", "Samordningsråd infektion", "Regionala samordningsråd"]);
      await page.keyboard.press("Space");
      expect(await shownGroups(page)).toEqual(["Samordningsråd infektion", "Samordningsråd onkologi", "Regionala samordningsråd"]);
      // Emptied again, the next field (type) takes the arrow keys.
      await page.focus("#filter-namn");
      await page.keyboard.down("Control");
      await page.keyboard.press("a");
      await page.keyboard.up("Control");
      await page.keyboard.press("Backspace");
      await page.waitForFunction(() => document.getElementById("visas")?.textContent?.startsWith("16 grupper visas"));
      await page.keyboard.press("Tab");
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("filter-typ");
      await page.keyboard.press("ArrowDown");
      expect(await page.$eval("#filter-typ", (el) => (el as HTMLSelectElement).value)).toBe("funktionsgrupp");
      expect(await shownGroups(page)).toEqual(["Funktionsgrupp chefsläkare", "Funktionsgrupp digitalisering"]);
    },
    BROWSER_TIMEOUT,
  );

  it(
    "keeps the plain filter links working with JavaScript turned off",
    async () => {
      const plain = await browser.newPage();
      try {
        await plain.setJavaScriptEnabled(false);
        await plain.setViewport(WIDTHS.phone);
        await plain.goto(`${server.base}index.html`);
        expect(await plain.$("form.register-filter")).toBeNull();
        expect(await plain.$("th button")).toBeNull();
        // Folded on a phone, so the table comes first; opened, the links lead to the pre-rendered view.
        expect(await plain.$eval("#vyer", (d) => (d as HTMLDetailsElement).open)).toBe(false);
        const tableTop = await plain.$eval("table.register", (t) => t.getBoundingClientRect().top);
        expect(tableTop).toBeLessThan(844);
        await plain.click("#vyer summary");
        await Promise.all([plain.waitForNavigation(), plain.click('#vyer a[href="register/typ-samordningsrad.html"]')]);
        expect(plain.url()).toBe(`${server.base}register/typ-samordningsrad.html`);
        expect(await shownGroups(plain)).toEqual(["Samordningsråd infektion", "Samordningsråd onkologi"]);
        expect(await plain.$eval(".shown", (p) => p.textContent)).toBe("Visar 2 grupper: samordningsråd, sorterade efter namn.");
        expect(await plain.$eval("#vyer", (d) => (d as HTMLDetailsElement).open)).toBe(true);
      } finally {
        await plain.close();
      }
    },
    BROWSER_TIMEOUT,
  );

  it(
    "takes a click or Enter on a box of the structure diagram, or of a group's neighbourhood, to that group's page",
    async () => {
      await page.setViewport(WIDTHS.desktop);
      await page.goto(`${server.base}struktur.html`);
      const names = await page.$$eval("svg.diagram a.node-link", (links) => links.map((a) => a.getAttribute("aria-label")));
      expect(names).toContain("Samordningsråd infektion");
      await Promise.all([page.waitForNavigation(), page.click('svg.diagram a.node-link[aria-label="Samordningsråd infektion"]')]);
      expect(page.url()).toBe(`${server.base}grupp/samordningsrad-infektion.html`);
      // On the group page, a neighbour's box, reached with the keyboard.
      expect(await tabTo(page, 'svg.diagram a.node-link[aria-label="Regionala processteam inom kunskapsstyrningen"]', 80)).toBe(true);
      await Promise.all([page.waitForNavigation(), page.keyboard.press("Enter")]);
      expect(page.url()).toBe(`${server.base}grupp/regionala-processteam.html`);
      // The dashed box of what is not a group is no link.
      await page.goto(`${server.base}struktur.html`);
      expect(await page.$$eval("svg.diagram .node-external", (boxes) => boxes.map((b) => b.closest("a") === null))).toEqual([true, true, true, true]);
      expect(await axe(page)).toEqual([]);
    },
    BROWSER_TIMEOUT,
  );
});
