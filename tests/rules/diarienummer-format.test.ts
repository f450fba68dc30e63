import { describe, expect, it } from "vitest";
import { locate } from "../helpers/fixture.js";
import { brief, diagnosticsAfter } from "../helpers/rules.js";

const FILE = "mandates/samordnande-grupp-utveckling-hos.md";
const RULE = { rule: "diarienummer-format" };
const SENTENCE = "Gruppen rapporterar till koncernledning hälso- och sjukvård och till respektive förvaltningschef.";

describe("diarienummer-format", () => {
  it("accepts the real documents (the original's own mistake is acknowledged in the shared text)", async () => {
    expect(await diagnosticsAfter(async () => {}, RULE)).toEqual([]);
  });

  it("reports a diarienummer with a spaced en dash in the body at its own column, with the right form", async () => {
    let text = "";
    const ds = await diagnosticsAfter(async (fx) => {
      await fx.replace(FILE, SENTENCE, `${SENTENCE} Se ”Rutin” (RS 2024 – 00370) och 2023–2027.`);
      text = await fx.read(FILE);
    }, RULE);
    const at = locate(text, "RS 2024 – 00370");
    expect(ds.map(brief)).toEqual([`${FILE}:${at.line}:${at.column} Diarienumret "RS 2024 – 00370" har fel form; skriv RS 2024-00370.`]);
    expect(ds[0]!.expected).toEqual(["RS 2024-00370"]);
    expect(ds[0]!.place?.end?.column).toBe(at.column + "RS 2024 – 00370".length);
    expect(ds[0]!.note).toBe(
      'I "RS 2024 – 00370" står ett tankstreck eller annat streck i stället för bindestreck och mellanslag runt strecket. Ett diarienummer skrivs med vanligt mellanslag efter prefixet och vanligt bindestreck utan mellanslag runt: RS 2024-00370, RS 2019-03137-40.',
    );
  });

  it("reads link texts and list items", async () => {
    let text = "";
    const ds = await diagnosticsAfter(async (fx) => {
      await fx.replace(FILE, "- Se dokument Koncernövergripande grupper", "- Se [beslutet RS2024-00370](https://www.vgregion.se/) och\n  SSN 2023–00470");
      text = await fx.read(FILE);
    }, RULE);
    const first = locate(text, "RS2024-00370");
    const second = locate(text, "SSN 2023–00470");
    expect(ds.map(brief)).toEqual([
      `${FILE}:${first.line}:${first.column} Diarienumret "RS2024-00370" har fel form; skriv RS 2024-00370.`,
      `${FILE}:${second.line}:${second.column} Diarienumret "SSN 2023–00470" har fel form; skriv SSN 2023-00470.`,
    ]);
  });

  it("reads the frontmatter's free text, also a folded block, and points into it", async () => {
    let text = "";
    const ds = await diagnosticsAfter(async (fx) => {
      await fx.replace(FILE, "text: respektive förvaltningschef", "text: respektive förvaltningschef enligt RS 2024 - 00370");
      await fx.replace(FILE, "    i särskild uppdragshandling.", "    i särskild uppdragshandling (SSN\u00a02023-00470).");
      text = await fx.read(FILE);
    }, RULE);
    const a = locate(text, "SSN\u00a02023-00470");
    const b = locate(text, "RS 2024 - 00370");
    expect(ds.map(brief)).toEqual([
      `${FILE}:${a.line}:${a.column} Diarienumret "SSN 2023-00470" har fel form; skriv SSN 2023-00470.`,
      `${FILE}:${b.line}:${b.column} Diarienumret "RS 2024 - 00370" har fel form; skriv RS 2024-00370.`,
    ]);
    expect(ds.map((d) => d.path)).toEqual([["chair", "text"], ["reportsTo", 1, "text"]]);
    expect(ds[0]!.note).toContain("står något annat än ett vanligt mellanslag efter prefixet");
  });

  it("leaves well-formed numbers, ids and dates alone", async () => {
    const ds = await diagnosticsAfter(
      (fx) => fx.replace(FILE, SENTENCE, `${SENTENCE} Enligt RS 2019-03137-40 och SSN 2023-00470, tel. 072-201 59 50, 2023–2027.`),
      RULE,
    );
    expect(ds).toEqual([]);
  });

  it("speaks English with lang en", async () => {
    const ds = await diagnosticsAfter((fx) => fx.replace(FILE, SENTENCE, `${SENTENCE} (RS 2024–00370)`), { ...RULE, lang: "en" });
    expect(ds.map((d) => [d.message, d.note])).toEqual([
      [
        'The diarienummer "RS 2024–00370" is malformed; write RS 2024-00370.',
        'In "RS 2024–00370" there is a dash other than the hyphen. A diarienummer has one plain space after the prefix and a plain hyphen without spaces: RS 2024-00370, RS 2019-03137-40.',
      ],
    ]);
  });
});
