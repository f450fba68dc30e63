/**
 * A link the checker rejects is never live: not on the site, not in the PDF (no link annotation),
 * even when its diagnostic is suppressed as a known mistake. Its words stay. Built for real (Chromium,
 * the PDF's bytes read back) from a copy of the fictional fixture repository.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { build, type BuildResult } from "../../src/build.js";
import { pdfText } from "../helpers/pdf.js";
import { project, replace, type Project } from "../helpers/project.js";
import { BROWSER_TIMEOUT } from "../helpers/repo.js";

const MANDATE = "mandates/styrgrupp-alfa.md";
const SENTENCE = "Anteckningar publiceras på [intranätet](https://intra.exempel.se/styrgrupp).";
const ADDED = [
  "<!-- mandat-disable-next-line external-link-domain -- som i originalet -->",
  "Se även [rutinen (exmpel.se)](https://exmpel.se/rutin).",
  "",
  "<!-- mandat-disable-next-line external-link-domain -- som i originalet -->",
  "Frågor till [kansliet](mailto:kansli@exempel-se.com).",
  "",
  "Eller till [Ulla](mailto:ulla.utveckling@exempel.se).",
].join("\n");

let repo: Project;
let result: BuildResult;
let page: string;
let pdf: Buffer;
let text: string;

beforeAll(async () => {
  repo = await project({ [MANDATE]: replace(SENTENCE, `${SENTENCE}\n\n${ADDED}`) });
  const out = join(repo.root, "build");
  result = await build({ root: repo.root, outDir: out });
  page = await readFile(join(out, "dokument/styrgrupp-alfa.html"), "utf8");
  pdf = await readFile(join(out, "pdf/styrgrupp-alfa.pdf"));
  text = (await pdfText(join(out, "pdf/styrgrupp-alfa.pdf"), "raw")).replace(/\s+/g, " ");
}, BROWSER_TIMEOUT * 2);
afterAll(() => repo?.remove());

describe("links the checker rejects, suppressed as known mistakes", () => {
  it("check is clean: both diagnostics are suppressed", () => {
    expect(result.ok).toBe(true);
    expect(result.check.suppressed.map((d) => d.ruleId)).toEqual(["external-link-domain", "external-link-domain"]);
  });

  it("the site prints their words but no link", () => {
    expect(page).toContain("Se även rutinen (exmpel.se).");
    expect(page).toContain("Frågor till kansliet.");
    expect(page).not.toContain("exmpel.se/rutin");
    expect(page).not.toContain("mailto:kansli@");
    // Allowed links stay live.
    expect(page).toContain('href="https://intra.exempel.se/styrgrupp"');
    expect(page).toContain('href="mailto:ulla.utveckling@exempel.se"');
  });

  it("the PDF prints their words and has no link annotation for them", () => {
    expect(text).toContain("Se även rutinen (exmpel.se).");
    expect(text).toContain("Frågor till kansliet.");
    const uris = [...pdf.toString("latin1").matchAll(/\/URI \(([^)]*)\)/g)].map((m) => m[1]);
    expect(uris).toContain("https://intra.exempel.se/styrgrupp");
    expect(uris).toContain("mailto:ulla.utveckling@exempel.se");
    expect(uris.filter((u) => /exmpel|kansli/.test(u!))).toEqual([]);
  });
});
