/**
 * Every PDF of a real build, read back with poppler's pdftotext: the words a reader sees, derived
 * from each source document (not typed into the test), in reading order.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { build } from "../src/build.js";
import { check } from "../src/check.js";
import { headings } from "../src/util/mdast.js";
import { pdfText } from "./helpers/pdf.js";
import { BROWSER_TIMEOUT, REPO_ROOT, removeDir, tempDir } from "./helpers/repo.js";

const MANDATES = [
  "samordnande-grupp-utveckling-hos",
  "samordningsgrupp-medicinska-biblioteksfragor",
  "samordningsrad-infektion",
  "samordningsrad-onkologi",
];
const NOTES = "2026-02-19-samordnande-grupp-utveckling-hos";

interface Registry {
  people: { id: string; name: string }[];
  roles: { id: string; name: string }[];
  groups: { id: string; name: string }[];
}

function source(path: string): { data: Record<string, any>; body: string } {
  const text = readFileSync(join(REPO_ROOT, path), "utf8");
  const [, yaml, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text)!;
  return { data: parse(yaml!), body: body! };
}
const registry: Registry = {
  people: parse(readFileSync(join(REPO_ROOT, "mandates/registry/people.yaml"), "utf8")),
  roles: parse(readFileSync(join(REPO_ROOT, "mandates/registry/roles.yaml"), "utf8")),
  groups: parse(readFileSync(join(REPO_ROOT, "mandates/registry/groups.yaml"), "utf8")),
};
const nameOf = (table: { id: string; name: string }[], id: string) => table.find((e) => e.id === id)!.name;
/** Whitespace-insensitive: pdftotext breaks lines where the page does. */
const flat = (s: string) => s.replace(/\s+/g, " ").trim();

let dir: string;
const text: Record<string, string> = {};
/**
 * The h2/h3 headings of each document as checked: with shared standard texts included
 * (`<!-- mandat:include … -->`), which the raw file body only names.
 */
const bodyHeadings: Record<string, { depth: number; text: string }[]> = {};

beforeAll(async () => {
  dir = await tempDir("pdf-text");
  const result = await build({ root: REPO_ROOT, outDir: join(dir, "build") });
  if (!result.ok) throw new Error("build of the real documents failed");
  // The trees as the check makes them (the build's own check keeps none: it parses each document again to render it).
  const checked = await check({ root: REPO_ROOT, keepTrees: true, cache: false });
  for (const doc of checked.documents) {
    const slug = doc.path.replace(/^.*\//, "").replace(/\.md$/, "");
    bodyHeadings[slug] = headings(doc.tree!).filter((h) => h.depth === 2 || h.depth === 3).map((h) => ({ depth: h.depth, text: flat(h.text) }));
  }
  for (const slug of [...MANDATES, NOTES]) text[slug] = flat(await pdfText(join(dir, "build/pdf", `${slug}.pdf`), "raw"));
}, BROWSER_TIMEOUT);
afterAll(() => removeDir(dir));

describe.each(MANDATES)("the PDF of mandates/%s.md", (slug) => {
  const { data } = source(`mandates/${slug}.md`);

  it("has the letterhead, the group name and the diarienummer on page 1", () => {
    // Page 1 ends where page 2's footer ("Sida 2 av") is drawn; the page's own footer comes first.
    const page1 = text[slug]!.split("Sida 2 av")[0]!;
    // Between them, the original's address block where it has one (letterFooter).
    expect(page1).toMatch(/^Sida 1 av \d+ (?:Postadress: .*? Webbplats: \S+ )?Källa: mandates\/[\w-]+\.md · (commit [0-9a-f]{10}|inte incheckad i git).* · SHA-256 [0-9a-f]{16} Västra Götalandsregionen /);
    expect(page1).toContain(flat(data.title));
    // The original's wording of the diarienummer where it has one (asWritten), else the number.
    expect(page1).toContain(`Diarienummer: ${data.asWritten?.diarienummer ?? data.diarienummer}`);
    expect(page1).toContain(`Datum: ${data.date}`);
    expect(page1.toLowerCase()).toContain(nameOf(registry.groups, data.group).toLowerCase());
  });

  it("has every heading of the body, in order, and the generated Arbetsorganisation", () => {
    const found = [...bodyHeadings[slug]!];
    // Every mandate has the template's sections; an empty list would make the loop below vacuous.
    expect(found.filter((h) => h.depth === 2).length).toBeGreaterThanOrEqual(5);
    // The generated section goes where the originals have it: after Uppdragsbeskrivning and its subsections.
    const next = found.findIndex((h, i) => h.depth === 2 && i > found.findIndex((x) => x.text === "Uppdragsbeskrivning"));
    found.splice(next, 0, { depth: 2, text: "Arbetsorganisation" });
    const headings = found.map((h) => h.text);
    let from = 0;
    for (const h of headings) {
      const at = text[slug]!.indexOf(h, from);
      expect(at, `heading "${h}" after offset ${from}`).toBeGreaterThan(from - 1);
      from = at + h.length;
    }
  });

  it("closes with the decision block and the distribution list", () => {
    const decidedBy = data.decision.decidedBy;
    const signature = decidedBy.text ?? nameOf(registry.people, decidedBy.person);
    const t = text[slug]!;
    const decision = t.indexOf(`Datum för beslut: ${data.decision.date}`);
    expect(decision).toBeGreaterThan(0);
    expect(t.indexOf(signature, decision)).toBeGreaterThan(decision);
    if (decidedBy.role) expect(t.indexOf(nameOf(registry.roles, decidedBy.role), decision)).toBeGreaterThan(decision);
    expect(t.indexOf("Uppdraget skickas till", decision)).toBeGreaterThan(decision);
  });

  it("numbers its pages Sida X av Y", () => {
    const pages = Number(/Sida 1 av (\d+)/.exec(text[slug]!)![1]);
    for (let p = 1; p <= pages; p++) expect(text[slug]).toContain(`Sida ${p} av ${pages}`);
  });

  it("carries Datum and Diarienummer in a running header on every page after the first, not on page 1", async () => {
    const pages = (await pdfText(join(dir, "build/pdf", `${slug}.pdf`), "layout")).split("\f").filter((p) => p.trim());
    expect(pages.length).toBeGreaterThan(1);
    // The letterhead prints the original's wording where the document gives one (asWritten).
    const wording = (data as { asWritten?: { date?: string; diarienummer?: string } }).asWritten;
    const header = `Datum: ${wording?.date ?? data.date} Diarienummer: ${wording?.diarienummer ?? data.diarienummer}`;
    pages.forEach((page, i) => {
      const running = flat(page).includes(`Västra Götalandsregionen · ${data.heading ?? "Uppdragshandling"}`);
      expect(running, `page ${i + 1}`).toBe(i > 0);
      if (i > 0) expect(flat(page), `page ${i + 1}`).toContain(header);
    });
  });

  it("has bookmarks with each heading's own words (a wrapped title keeps its spaces)", async () => {
    const titles = await bookmarks(join(dir, "build/pdf", `${slug}.pdf`));
    expect(titles[0]).toBe(flat(data.title));
    expect(titles).toContain("Arbetsorganisation");
    for (const h of bodyHeadings[slug]!) expect(titles).toContain(h.text);
  });
});

/** Every bookmark title of a PDF, depth first, read with pdf-lib. */
async function bookmarks(file: string): Promise<string[]> {
  const { PDFDocument, PDFDict, PDFName, PDFHexString, PDFString } = await import("pdf-lib");
  const doc = await PDFDocument.load(readFileSync(file), { updateMetadata: false });
  const out: string[] = [];
  const walk = (node: import("pdf-lib").PDFDict | undefined): void => {
    for (let n = node; n; n = n.lookupMaybe(PDFName.of("Next"), PDFDict)) {
      const t = n.lookup(PDFName.of("Title"));
      if (t instanceof PDFHexString || t instanceof PDFString) out.push(t.decodeText());
      walk(n.lookupMaybe(PDFName.of("First"), PDFDict));
    }
  };
  walk(doc.catalog.lookupMaybe(PDFName.of("Outlines"), PDFDict)?.lookupMaybe(PDFName.of("First"), PDFDict));
  return out;
}

describe("the address block at the foot of the first page", () => {
  it("stands where the original has one (samordningsråd infektion), on page 1 only", async () => {
    const pages = (await pdfText(join(dir, "build/pdf", "samordningsrad-infektion.pdf"), "layout")).split("\f").map(flat);
    expect(pages[0]).toContain("Postadress: Regionens Hus, 462 80 Vänersborg");
    expect(pages[0]).toContain("Besöksadress: Residenset, Torget, Vänersborg");
    expect(pages[0]).toContain("Telefon: 010-441 00 00 E-post: regionstyrelsen@vgregion.se Webbplats: www.vgregion.se");
    for (const page of pages.slice(1)) expect(page).not.toContain("Postadress");
  });

  it("is absent where the original has none", () => {
    for (const slug of MANDATES.filter((s) => s !== "samordningsrad-infektion")) expect(text[slug]).not.toContain("Postadress");
  });
});

describe("the PDF of the meeting notes", () => {
  const { data } = source(`mandates/motesanteckningar/${NOTES}.md`);

  it("has attendance, every agenda item with its responsible persons, and the next meetings", () => {
    const t = text[NOTES]!;
    const present = t.slice(t.indexOf("Närvarande"), t.indexOf("Frånvarande"));
    const absent = t.slice(t.indexOf("Frånvarande"), t.indexOf("Övriga deltagare"));
    for (const a of data.attendees) {
      // Absence is in the PDF's words: the absent are listed under "Frånvarande", not under "Närvarande".
      expect(a.present === false ? absent : present).toContain(nameOf(registry.people, a.person));
      expect(a.present === false ? present : absent).not.toContain(nameOf(registry.people, a.person));
    }
    let from = 0;
    for (const item of data.agenda) {
      const at = t.indexOf(`${item.number}. ${flat(item.title)}`, from);
      expect(at, `agenda item ${item.number}`).toBeGreaterThanOrEqual(from);
      // The original's wording of the responsible person (asWritten) where it has one: "Susanne G".
      const first = item.responsible[0];
      const responsible = t.indexOf(`Ansvarig: ${item.asWritten?.responsible?.[first] ?? nameOf(registry.people, first)}`, at);
      expect(responsible, `responsible of item ${item.number}`).toBeGreaterThan(at);
      from = at;
    }
    const next = t.indexOf("Nästkommande möten");
    for (const m of data.nextMeetings) expect(t.indexOf(m.date, next)).toBeGreaterThan(next);
  });
});

describe.each(["samordningsrad-infektion", "samordningsrad-onkologi"])("the PDF of mandates/%s.md, which includes the shared text", (slug) => {
  it("starts every paragraph and list item of mandates/standardtexter/samordningsrad.md, in order", () => {
    const shared = readFileSync(join(REPO_ROOT, "mandates/standardtexter/samordningsrad.md"), "utf8");
    const starts = shared
      .split("\n")
      .filter((line) => line.trim() && !line.startsWith("#") && !line.startsWith("<!--"))
      .map((line) => line.replace(/^- /, "").replace(/\[([^\]]*)\]\([^)]*\)/g, "$1"))
      .map((line) => line.split(/\s+/).slice(0, 5).join(" "));
    expect(starts.length).toBeGreaterThan(15);
    let from = 0;
    for (const start of starts) {
      const at = text[slug]!.indexOf(start, from);
      expect(at, `"${start}" after offset ${from}`).toBeGreaterThanOrEqual(from);
      from = at + start.length;
    }
  });
});
