import { describe, expect, it } from "vitest";
import { locate } from "../helpers/fixture.js";
import { brief, diagnosticsAfter } from "../helpers/rules.js";

const FILE = "mandates/samordnande-grupp-utveckling-hos.md";
const RULE = { rule: "name-near-miss" };
const SENTENCE = "Gruppen rapporterar till koncernledning hälso- och sjukvård och till respektive förvaltningschef.";

describe("name-near-miss", () => {
  it("finds nothing else in the real documents (the originals' misspellings are acknowledged)", async () => {
    expect(await diagnosticsAfter(async () => {}, RULE)).toEqual([]);
  });

  it("finds the originals' misspellings when they are not acknowledged", async () => {
    let text = "";
    const ds = await diagnosticsAfter(async (fx) => {
      text = (await fx.read(FILE)).replace(/^ *# mandat-disable-next-line name-near-miss.*\n/gm, "").replace(/ # mandat-disable-next-line name-near-miss.*$/gm, "");
      await fx.write(FILE, text);
    }, RULE);
    const at = (needle: string) => {
      const p = locate(text, needle);
      return `${FILE}:${p.line}:${p.column}`;
    };
    expect(ds.map(brief)).toEqual([
      `${at("hälso- och utvecklingsdirektör")} "hälso- och utvecklingsdirektör" liknar rollen Hälso- och sjukvårdsutvecklingsdirektör men är inte samma. Menade du hälso- och sjukvårdsutvecklingsdirektör?`,
      `${at("Folk tandvården")} "Folk tandvården" liknar organisationen Folktandvården men är inte samma. Menade du Folktandvården?`,
      `${at("Hälsa- och")} "Hälsa- och sjukvårdsutvecklingsdirektören" liknar rollen Hälso- och sjukvårdsutvecklingsdirektör men är inte samma. Menade du Hälso- och sjukvårdsutvecklingsdirektören?`,
    ]);
    expect(ds.map((d) => d.path)).toEqual([["assignee", "text"], ["participants", "items", 0, "text"], ["distribution", 0, "text"]]);
    expect(ds[1]!.note).toBe("Skriv namnet som i mandates/registry/organisations.yaml, böjt efter sammanhanget.");
    expect(ds[1]!.expected).toEqual(["Folktandvården"]);
  });

  it("reports near misses in the body at their own column, inflected like the text", async () => {
    let text = "";
    const ds = await diagnosticsAfter(async (fx) => {
      await fx.replace(
        FILE,
        SENTENCE,
        "Gruppen rapporterar till koncernledning hälso och sjukvård, till Koncern kontorets stab och till\nhälso- och sjukvårdsutveklingsdirektören.",
      );
      text = await fx.read(FILE);
    }, RULE);
    const at = (needle: string) => {
      const p = locate(text, needle);
      return `${FILE}:${p.line}:${p.column}`;
    };
    expect(ds.map(brief)).toEqual([
      `${at("koncernledning hälso och")} "koncernledning hälso och sjukvård" liknar gruppen Koncernledning hälso- och sjukvård men är inte samma. Menade du koncernledning hälso- och sjukvård?`,
      `${at("Koncern kontorets")} "Koncern kontorets" liknar organisationen Koncernkontoret men är inte samma. Menade du Koncernkontorets?`,
      `${at("hälso- och sjukvårdsutvekl")} "hälso- och sjukvårdsutveklingsdirektören" liknar rollen Hälso- och sjukvårdsutvecklingsdirektör men är inte samma. Menade du hälso- och sjukvårdsutvecklingsdirektören?`,
    ]);
  });

  it("accepts inflected forms, a lower-case initial, short names and unrelated words", async () => {
    const ds = await diagnosticsAfter(
      (fx) =>
        fx.replace(
          FILE,
          SENTENCE,
          [
            "Ledningsgruppen hälso- och sjukvård, Folktandvårdens och Närhälsans chefer, samordningsråden och samordningsrådets",
            "kontaktperson, Program- och prioriteringsrådets (PPR) roll, hälso- och sjukvårdsdirektörens beslut, regionala",
            "processteamerna inom kunskapsstyrningen, utvecklingscheferna, förvaltningschefen, SU, NU och SÄS,",
            "Strategi för omställningen av hälso- och sjukvården, strategiska frågor, hälso- och sjukvårdsavtal och",
            "koncernstab Hälso- och sjukvård strategisk utveckling.",
          ].join("\n"),
        ),
      RULE,
    );
    expect(ds).toEqual([]);
  });

  it("reads the frontmatter's free text", async () => {
    let at = { line: 0, column: 0 };
    const ds = await diagnosticsAfter(async (fx) => {
      at = await fx.replace(FILE, "text: respektive förvaltningschef", "text: respektive förvaltnings chef");
    }, RULE);
    expect(ds.map(brief)).toEqual([
      `${FILE}:${at.line}:${at.column + "text: respektive ".length} "förvaltnings chef" liknar rollen Förvaltningschef men är inte samma. Menade du förvaltningschef?`,
    ]);
  });

  it("speaks English with lang en", async () => {
    const ds = await diagnosticsAfter((fx) => fx.replace(FILE, "text: respektive förvaltningschef", "text: Folk tandvården"), { ...RULE, lang: "en" });
    expect(ds.map((d) => d.message)).toEqual(['"Folk tandvården" looks like the organisation Folktandvården but is not the same. Did you mean Folktandvården?']);
  });
});
