/**
 * The acceptance test of the checker: a copy of the real corpus with four mistakes an editor could
 * make gives exactly the diagnostics that name those mistakes, each at its place, and nothing else.
 */
import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { check, type CheckResult } from "../../src/check.js";
import { copyMandates, locate, type Fixture } from "../helpers/fixture.js";
import { brief } from "../helpers/brief.js";

const ORGANISATIONS = "mandates/registry/organisations.yaml";
const LIB = "mandates/samordningsgrupp-medicinska-biblioteksfragor.md";
const HOS = "mandates/samordnande-grupp-utveckling-hos.md";
const ONK = "mandates/samordningsrad-onkologi.md";
const OLD_ID = "sahlgrenska-universitetssjukhuset";
const NEW_ID = "sahlgrenska-universitetssjukhus";
const COMMUNICATION = "Information om gruppen, dess deltagare och dess uppdrag ska finnas på intranät.";

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && /\.(md|yaml)$/.test(e.name)).map((e) => join(e.parentPath, e.name));
}

/** Every place an id is written as a value, found by reading the files rather than listed by hand. */
async function placesOf(dir: string, id: string): Promise<string[]> {
  const out: string[] = [];
  const pattern = new RegExp(`(?<![\\w-])${id}(?![\\w-])`, "g");
  for (const abs of await filesUnder(join(dir, "mandates"))) {
    const text = await readFile(abs, "utf8");
    for (const m of text.matchAll(pattern)) {
      const { line, column } = locate(text, id, m.index);
      out.push(`${relative(dir, abs)}:${line}:${column}`);
    }
  }
  return out;
}

describe("a mutated copy of the real corpus", () => {
  let fx: Fixture;
  let result: CheckResult;
  let expected: string[];

  beforeAll(async () => {
    fx = await copyMandates();
    // 1. The registry renames an organisation; the documents still use the old id.
    await fx.replace(ORGANISATIONS, `- id: ${OLD_ID}\n`, `- id: ${NEW_ID}\n`);
    const stale = await placesOf(fx.dir, OLD_ID);
    // 2. Two groups report to each other: LIB → HOS → LIB.
    await fx.replace(LIB, "  - group: ledningsgrupp-hos\n", "  - group: samordnande-grupp-utveckling-hos\n");
    await fx.replace(HOS, "  - group: koncernledning-hos\n  - role: forvaltningschef", "  - group: samordningsgrupp-medicinska-biblioteksfragor\n  - role: forvaltningschef");
    const hos = await fx.read(HOS);
    const cycle = locate(hos, "samordningsgrupp-medicinska-biblioteksfragor", hos.indexOf("reportsTo:"));
    // 3. A council's chair and contact person both come from Koncernkontoret.
    const onk = (await fx.read(ONK)).replace(/chair:\n(  .*\n)+contactPerson:\n(  .*\n)+/, "chair:\n  person: karin-andersson\ncontactPerson:\n  person: susanne-gustavsson\n");
    await fx.write(ONK, onk);
    const contact = locate(onk, "contactPerson:");
    // 4. A diarienummer typed with an en dash in the prose.
    const prose = await fx.replace(LIB, COMMUNICATION, `${COMMUNICATION} Se beslutet RS 2024–00784.`);
    const diarienummer = locate(await fx.read(LIB), "RS 2024–00784", 0);

    result = await check({ root: fx.dir, today: "2026-11-23" });
    expected = [
      ...stale.map((at) => `${at} Organisationen ${OLD_ID} finns inte i registret. Menade du ${NEW_ID}?`),
      `${HOS}:${cycle.line}:${cycle.column} Rapporteringen går i cirkel: Samordnande grupp för utveckling inom hälso- och sjukvård → Samordningsgrupp medicinska biblioteksfrågor → Samordnande grupp för utveckling inom hälso- och sjukvård.`,
      `${ONK}:${contact.line}:${contact.column} Ordförande och kontaktperson kommer båda från Koncernkontoret.`,
      `${LIB}:${diarienummer.line}:${diarienummer.column} Diarienumret "RS 2024–00784" har fel form; skriv RS 2024-00784.`,
    ];
    expect(prose.line).toBe(diarienummer.line);
  });

  afterAll(() => fx.remove());

  it("finds the renamed organisation at every place that still uses its old id", () => {
    const stale = expected.filter((e) => e.includes(OLD_ID));
    // In a mandate's participants, in the notes' attendees and in another registry (people's organisation).
    expect(new Set(stale.map((e) => e.split(":")[0]))).toEqual(
      new Set([HOS, "mandates/motesanteckningar/2026-02-19-samordnande-grupp-utveckling-hos.md", "mandates/registry/people.yaml"]),
    );
    expect(result.diagnostics.filter((d) => d.ruleId === "reference-exists").map(brief).sort()).toEqual([...stale].sort());
  });

  it("gives exactly the expected diagnostics, in file order, and nothing else", () => {
    const byPlace = (s: string) => {
      const [file, line, column] = s.split(" ")[0]!.split(":");
      return [file!, Number(line), Number(column)] as const;
    };
    const order = (a: string, b: string) => {
      const [fa, la, ca] = byPlace(a);
      const [fb, lb, cb] = byPlace(b);
      return fa !== fb ? (fa < fb ? -1 : 1) : la - lb || ca - cb;
    };
    expect(result.diagnostics.map(brief).sort(order)).toEqual([...expected].sort(order));
    expect(result.errorCount).toBe(expected.length);
    expect(new Set(result.diagnostics.map((d) => d.ruleId))).toEqual(
      new Set(["reference-exists", "reporting-cycle", "chair-contact-organisation", "diarienummer-format"]),
    );
  });
});
