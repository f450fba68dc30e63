/**
 * The originals' known mistakes stay in the sources, acknowledged where they stand with a
 * `mandat-disable-next-line` comment and its reason (docs/konvertering.md, "Fel i originalen").
 * Here the comments are removed from a copy of mandates/, and `check` must then report every one of
 * the mistakes, on the line the comment stood before: an acknowledgement hides a real finding, and
 * a mistake that a rule stopped finding would show up here.
 */
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { check, type CheckResult } from "../../src/check.js";
import { copyMandates, REPO, type Fixture } from "../helpers/fixture.js";

const HOS = "mandates/samordnande-grupp-utveckling-hos.md";
const NOTES = "mandates/motesanteckningar/2026-02-19-samordnande-grupp-utveckling-hos.md";
const SHARED = "mandates/standardtexter/samordningsrad.md";
const INFECTION = "mandates/samordningsrad-infektion.md";
const ONCOLOGY = "mandates/samordningsrad-onkologi.md";
const LIBRARY = "mandates/samordningsgrupp-medicinska-biblioteksfragor.md";

/** Every acknowledged mistake: file, rule, and words of the line it is on. */
const KNOWN: { file: string; rule: string; on: string }[] = [
  { file: LIBRARY, rule: "diarienummer-format", on: "diarienummer: SSN 2026–00233" },
  { file: HOS, rule: "name-near-miss", on: "text: Karin Looström Muth, hälso- och utvecklingsdirektör" },
  { file: HOS, rule: "name-near-miss", on: "Utvecklingschefer, eller motsvarande från Sjukhusen i väster, Folk tandvården" },
  { file: HOS, rule: "name-near-miss", on: "text: Hälsa- och sjukvårdsutvecklingsdirektören" },
  { file: HOS, rule: "person-contact-conflict", on: "email: jens.patrik.johansson@vgregion.se" },
  { file: SHARED, rule: "external-link-domain", on: "(https://vregion.se)" },
  { file: SHARED, rule: "diarienummer-format", on: "(RS 2024 – 00370)" },
  { file: INFECTION, rule: "decision-signatory", on: "decidedBy:" },
  { file: INFECTION, rule: "placeholder-text", on: "(ifylls av beslutsfattaren vid godkännande)" },
  { file: INFECTION, rule: "standard-text-deviation", on: "text: näralliggande som kan påverkas" },
  { file: ONCOLOGY, rule: "decision-signatory", on: "decidedBy:" },
  { file: ONCOLOGY, rule: "placeholder-text", on: "(ifylls av beslutsfattaren vid godkännande)" },
  { file: NOTES, rule: "as-written", on: "asWritten: { organisation: Rehabilitering & Hälsa }" },
  { file: NOTES, rule: "person-name", on: "Katrin MP, Marie A och Ann-Sofie A efterlyser" },
  { file: NOTES, rule: "meeting-mandate", on: "  - person: karin-loostrom-muth" },
  ...["katrin-modig-pallin", "marie-almlof", "ann-sofi-ardfelt", "maria-dahlstrom", "emelie-mellbrand"].map((p) => ({
    file: NOTES,
    rule: "guest-item-responsible",
    on: `{ person: ${p}, items:`,
  })),
];

const COMMENT = /(?:<!--\s*|#\s*)mandat-disable-next-line\s+([a-z-]+)\s+--[^\n]*?(?:\s*-->)?$/;

async function markdownFiles(dir: string, rel = "mandates"): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(join(dir, rel), { withFileTypes: true })) {
    const path = `${rel}/${e.name}`;
    if (e.isDirectory()) out.push(...(await markdownFiles(dir, path)));
    else if (e.name.endsWith(".md")) out.push(path);
  }
  return out.sort();
}

/** Remove every suppression comment (a line of its own, or the tail of a line); the comments found. */
function strip(text: string): { text: string; rules: string[] } {
  const rules: string[] = [];
  const lines: string[] = [];
  for (const line of text.split("\n")) {
    const m = COMMENT.exec(line);
    if (!m) {
      lines.push(line);
      continue;
    }
    rules.push(m[1]!);
    const rest = line.slice(0, m.index).trimEnd();
    if (rest.trim() !== "") lines.push(rest);
  }
  return { text: lines.join("\n"), rules };
}

let copy: Fixture;
let result: CheckResult;
const commented: { file: string; rule: string }[] = [];
const texts = new Map<string, string>();

beforeAll(async () => {
  copy = await copyMandates();
  for (const file of await markdownFiles(copy.dir)) {
    const { text, rules } = strip(await copy.read(file));
    for (const rule of rules) commented.push({ file, rule });
    texts.set(file, text);
    await writeFile(join(copy.dir, file), text);
  }
  result = await check({ root: copy.dir, today: "2026-11-23", cache: false });
});
afterAll(() => copy?.remove());

describe("the originals' acknowledged mistakes, with the acknowledgements removed", () => {
  it("every suppression comment in mandates/ is one of the known mistakes, and each known mistake has one", () => {
    const count = (list: { file: string; rule: string }[]) =>
      [...list.reduce((m, k) => m.set(`${k.file} ${k.rule}`, (m.get(`${k.file} ${k.rule}`) ?? 0) + 1), new Map<string, number>())].sort();
    expect(count(commented)).toEqual(count(KNOWN));
  });

  for (const known of KNOWN) {
    it(`${known.file}: ${known.rule} is reported at "${known.on}"`, () => {
      const text = texts.get(known.file)!;
      const index = text.indexOf(known.on);
      expect(index, `"${known.on}" in ${known.file}`).toBeGreaterThanOrEqual(0);
      const line = text.slice(0, index).split("\n").length;
      const found = result.diagnostics.filter((d) => d.file === known.file && d.ruleId === known.rule && d.place?.start.line === line);
      expect(found.map((d) => d.message), `${known.rule} on line ${line}`).not.toEqual([]);
    });
  }

  it("nothing else is reported, and nothing is hidden any more", () => {
    expect(result.suppressed).toEqual([]);
    const explained = result.diagnostics.filter((d) => KNOWN.some((k) => k.file === d.file && k.rule === d.ruleId));
    expect(result.diagnostics.filter((d) => !explained.includes(d)).map((d) => `${d.file}:${d.place?.start.line} ${d.ruleId} ${d.message}`)).toEqual([]);
  });

  it("the real repository still has its comments (the copy is what changed)", async () => {
    expect(await readFile(join(REPO, INFECTION), "utf8")).toContain("mandat-disable-next-line standard-text-deviation");
  });
});
