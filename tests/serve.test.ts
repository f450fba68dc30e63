/**
 * `mandat serve` as an editor uses it: the compiled CLI on a copy of the documents, the page open
 * in Chromium; an edit shows up in the open page by itself, a broken document turns every page
 * into the list of problems (file, line, column, message), and mending it brings the site back.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Browser, Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BROWSER_TIMEOUT, copyRepo, REPO_ROOT, removeDir } from "./helpers/repo.js";
import { launchBrowser } from "./helpers/site.js";

const FILE = "mandates/samordningsrad-infektion.md";
const PAGE = "grupp/samordningsrad-infektion.html";
const WAIT = 120_000;

describe("mandat serve", () => {
  let root: string;
  let child: ChildProcess;
  let url: string;
  let browser: Browser;
  let page: Page;
  let original: string;
  let stderr = "";

  beforeAll(async () => {
    root = await copyRepo("serve");
    original = await readFile(join(root, FILE), "utf8");
    child = spawn("node", [join(REPO_ROOT, "bin/mandat.js"), "serve", "--port", "0"], { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
    child.stderr!.on("data", (c: Buffer) => (stderr += c.toString()));
    url = await new Promise<string>((resolve, reject) => {
      let out = "";
      child.stdout!.on("data", (c: Buffer) => {
        out += c.toString();
        const match = /Förhandsgranskning på (http:\/\/\S+)/.exec(out);
        if (match) resolve(match[1]!);
      });
      child.once("exit", (code) => reject(new Error(`serve exited ${code}: ${stderr}`)));
    });
    browser = await launchBrowser();
    page = await browser.newPage();
    // The first build prints every PDF.
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    if (child && child.exitCode === null) {
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGINT");
      await exited;
    }
    await removeDir(root);
  });

  it(
    "serves the built site with its PDFs on localhost",
    async () => {
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      await page.goto(url + PAGE);
      expect(await page.$eval("h1", (h) => h.textContent)).toBe("Samordningsråd infektion");
      const pdf = await fetch(url + "pdf/samordningsrad-infektion.pdf");
      expect(pdf.headers.get("content-type")).toBe("application/pdf");
      expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString()).toBe("%PDF-");
    },
    BROWSER_TIMEOUT,
  );

  it(
    "shows an edit in the open page without a manual reload",
    async () => {
      await page.goto(url + PAGE);
      // The body ends with the shared text's last section; the new paragraph joins it.
      const edited = `${original.trimEnd()}\n\nFörhandsgranskningen visar ändringen.\n`;
      await writeFile(join(root, FILE), edited);
      await page.waitForFunction(() => document.body.innerText.includes("Förhandsgranskningen visar ändringen."), { timeout: WAIT });
    },
    WAIT,
  );

  it(
    "shows the check's diagnostic with file, line and column in the page when the document breaks, and the site again once mended",
    async () => {
      await page.goto(url + PAGE);
      await writeFile(join(root, FILE), original.replace("date: 2026-06-16", "date: 16 juni 2026"));
      await page.waitForFunction(() => document.title.startsWith("Bygget stoppades"), { timeout: WAIT });
      const items = await page.$$eval(".diagnostics li", (li) => li.map((l) => l.textContent ?? ""));
      expect(items.some((text) => text.startsWith(`${FILE}:8:7 fel`) && /datum|date/i.test(text)), items.join("\n")).toBe(true);
      // Every page says so, not only the one that was open.
      const other = await (await fetch(url + "index.html")).text();
      expect(other).toContain(`${FILE}:8:7`);

      await writeFile(join(root, FILE), original);
      await page.waitForFunction(() => document.querySelector("h1")?.textContent === "Samordningsråd infektion", { timeout: WAIT });
    },
    WAIT * 2,
  );
});
