import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { build } from "../../src/build.js";
import type { Registry } from "../../src/link/registry.js";
import { BROWSER_TIMEOUT, escapeHtml, REPO_ROOT, removeDir, tempDir } from "../helpers/repo.js";

/** href and src values of a page (the site has no srcset or inline URLs). */
function links(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => m[1]!.replace(/&amp;/g, "&"));
}

describe("static site", () => {
  let dir: string;
  let out: string;
  let registry: Registry;
  let index: string;
  let pdfs: string[];
  let pages: string[];

  beforeAll(async () => {
    dir = await tempDir("site");
    out = join(dir, "build");
    const result = await build({ root: REPO_ROOT, outDir: out });
    if (!result.ok) throw new Error("build failed");
    registry = result.check.registry;
    index = await readFile(join(out, "index.html"), "utf8");
    pdfs = (await readdir(join(out, "pdf"))).sort();
    pages = (await readdir(join(out, "dokument"))).sort();
  }, BROWSER_TIMEOUT);

  afterAll(() => removeDir(dir));

  it("has a Swedish register page with the right title", () => {
    expect(index).toMatch(/<html lang="sv">/);
    expect(index).toContain("<title>Register över koncernövergripande grupper och samordningsråd</title>");
    expect(index).toContain('href="site.css"');
    expect(existsSync(join(out, "site.css"))).toBe(true);
  });

  it("links every PDF from the index, and every link resolves to a file", () => {
    const hrefs = links(index);
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) {
      expect(href, href).not.toMatch(/^[a-z]+:|^\/|^\/\//i);
      const target = resolve(out, href.split("#")[0]!);
      expect(existsSync(target), href).toBe(true);
    }
    expect(pdfs).toHaveLength(5);
    for (const pdf of pdfs) expect(hrefs).toContain(`pdf/${pdf}`);
    for (const page of pages) expect(hrefs).toContain(`dokument/${page}`);
  });

  it("lists every group of the registry, with or without a mandate", () => {
    expect(registry.groups.size).toBeGreaterThan(4);
    for (const [id, { value }] of registry.groups) {
      expect(index, id).toContain(escapeHtml(value.name));
      expect(index, id).toContain(`id="${id}"`);
    }
    const without = index.match(/Ingen uppdragshandling i registret/g) ?? [];
    expect(without.length).toBe(registry.groups.size - 4);
    expect(index).toContain("RS 2023-01756");
    expect(index).toContain("2024-05-31");
  });

  it("lists the meeting notes per group", () => {
    const notes = index.slice(index.indexOf("<h2>Mötesanteckningar</h2>"));
    expect(notes).toContain(escapeHtml("Samordnande grupp för utveckling inom hälso- och sjukvård"));
    expect(notes).toContain('href="dokument/2026-02-19-samordnande-grupp-utveckling-hos.html"');
    expect(notes).toContain('href="pdf/2026-02-19-samordnande-grupp-utveckling-hos.pdf"');
  });

  it("gives every document a page that links its PDF and the register", async () => {
    expect(pages).toHaveLength(5);
    for (const page of pages) {
      const slug = page.replace(/\.html$/, "");
      const file = join(out, "dokument", page);
      const html = await readFile(file, "utf8");
      expect(html).toMatch(/<html lang="sv">/);
      expect(html).toContain("Ladda ned PDF");
      const hrefs = links(html);
      expect(hrefs).toContain(`../pdf/${slug}.pdf`);
      expect(hrefs).toContain("../index.html");
      expect(hrefs).toContain("../site.css");
      for (const href of hrefs.filter((h) => !/^(https?:|mailto:|#)/.test(h))) {
        expect(existsSync(resolve(dirname(file), href.split("#")[0]!)), `${page}: ${href}`).toBe(true);
      }
      expect(html).not.toMatch(/<script/i);
    }
  });

  it("shows the same letter content on the page as in the PDF", async () => {
    const html = await readFile(join(out, "dokument", "samordnande-grupp-utveckling-hos.html"), "utf8");
    for (const text of ["Uppdragshandling för koncernövergripande grupp", "RS 2023-01756", "<h2>Arbetsorganisation</h2>", "Datum för beslut:", "Håkan Sandahl", "Uppdraget skickas till"]) {
      expect(html).toContain(text);
    }
  });
});
