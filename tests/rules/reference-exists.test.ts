import { describe, expect, it } from "vitest";
import { locate } from "../helpers/fixture.js";
import { brief, diagnosticsAfter } from "../helpers/rules.js";

const FILE = "mandates/samordningsrad-onkologi.md";
const HOS = "mandates/samordnande-grupp-utveckling-hos.md";
const SENTENCE = "Gruppen rapporterar till koncernledning hälso- och sjukvård och till respektive förvaltningschef.";

describe("reference-exists", () => {
  it("reports an unknown group with the closest ids as suggestion and the registry file to edit", async () => {
    let at = { line: 0, column: 0 };
    const ds = await diagnosticsAfter(async (fx) => {
      at = await fx.replace(FILE, "group: samordningsrad-onkologi", "group: samordningsrad-onkolgi");
    }, { rule: "reference-exists" });
    expect(ds.map(brief)).toEqual([`${FILE}:${at.line}:${at.column + 7} Gruppen samordningsrad-onkolgi finns inte i registret. Menade du samordningsrad-onkologi?`]);
    expect(ds[0]!.note).toBe("Rätta id:t, eller lägg till samordningsrad-onkolgi i mandates/registry/groups.yaml om det är en ny post.");
  });

  it("without a near miss it says where to add the entry", async () => {
    const ds = await diagnosticsAfter((fx) => fx.replace(FILE, "group: samordningsrad-onkologi", "group: helt-ny-grupp"), { rule: "reference-exists" });
    expect(ds.map((d) => [d.message, d.note])).toEqual([
      ["Gruppen helt-ny-grupp finns inte i registret.", "Lägg till helt-ny-grupp i mandates/registry/groups.yaml eller rätta id:t."],
    ]);
  });

  it("checks the references inside the registry files too", async () => {
    let at = { line: 0, column: 0 };
    const ds = await diagnosticsAfter(async (fx) => {
      const text = await fx.read("mandates/registry/people.yaml");
      const org = /organisation: ([a-z-]+)/.exec(text)!;
      at = await fx.replace("mandates/registry/people.yaml", org[0], "organisation: okand-forvaltning");
    }, { rule: "reference-exists" });
    expect(ds.map(brief)).toEqual([
      `mandates/registry/people.yaml:${at.line}:${at.column + 14} Organisationen okand-forvaltning finns inte i registret.`,
    ]);
  });

  it("leaves an ill-formed id to the schema rule instead of reporting it twice", async () => {
    const ds = await diagnosticsAfter((fx) => fx.replace(FILE, "group: samordningsrad-onkologi", "group: Samordningsråd Onkologi"));
    expect(ds.map((d) => d.ruleId)).toEqual(["schema"]);
  });

  it("speaks English with lang en", async () => {
    const ds = await diagnosticsAfter((fx) => fx.replace(FILE, "group: samordningsrad-onkologi", "group: samordningsrad-onkolgi"), {
      rule: "reference-exists",
      lang: "en",
    });
    expect(ds.map((d) => d.message)).toEqual(["The group samordningsrad-onkolgi is not in the registry. Did you mean samordningsrad-onkologi?"]);
  });

  describe("references in running text", () => {
    it("accepts the diarienummer and group links of the registry and the documents' own diarienummer", async () => {
      const ds = await diagnosticsAfter(
        (fx) =>
          fx.replace(
            HOS,
            SENTENCE,
            `${SENTENCE} Se RS 2024-00370, SSN 2023-00470, RS 2024-00784 och [Samordningsråd onkologi](grupp:samordningsrad-onkologi).`,
          ),
        { rule: "reference-exists" },
      );
      expect(ds).toEqual([]);
    });

    it("reports an unknown diarienummer in the body and in frontmatter text at its column, with the near miss", async () => {
      let text = "";
      const ds = await diagnosticsAfter(async (fx) => {
        await fx.replace(HOS, SENTENCE, `${SENTENCE} Se ”Rutin” (RS 2024-00371).`);
        await fx.replace(HOS, "text: respektive förvaltningschef", "text: respektive förvaltningschef enligt HSN 2022-00001");
        text = await fx.read(HOS);
      }, { rule: "reference-exists" });
      const body = locate(text, "RS 2024-00371");
      const yaml = locate(text, "HSN 2022-00001");
      expect(ds.map(brief)).toEqual([
        `${HOS}:${yaml.line}:${yaml.column} Dokumentet HSN 2022-00001 finns inte i registret.`,
        `${HOS}:${body.line}:${body.column} Dokumentet RS 2024-00371 finns inte i registret. Menade du RS 2024-00370?`,
      ]);
      expect(ds[1]!.note).toBe("Rätta id:t, eller lägg till RS 2024-00371 i mandates/registry/documents.yaml om det är en ny post.");
    });

    it("reports an unknown group in a grupp: link at the link, with the near miss", async () => {
      let text = "";
      const ds = await diagnosticsAfter(async (fx) => {
        await fx.replace(HOS, SENTENCE, `${SENTENCE} Se [rådet](grupp:samordningsrad-onkolgi) och [x](grupp:Okänd).`);
        text = await fx.read(HOS);
      }, { rule: "reference-exists" });
      const a = locate(text, "[rådet]");
      const b = locate(text, "[x]");
      expect(ds.map(brief)).toEqual([
        `${HOS}:${a.line}:${a.column} Gruppen samordningsrad-onkolgi finns inte i registret. Menade du samordningsrad-onkologi?`,
        `${HOS}:${b.line}:${b.column} Gruppen Okänd finns inte i registret.`,
      ]);
    });

    it("leaves a malformed diarienummer to diarienummer-format", async () => {
      const ds = await diagnosticsAfter((fx) => fx.replace(HOS, SENTENCE, `${SENTENCE} (RS 2024 – 00371)`));
      expect(ds.filter((d) => d.severity === "error").map((d) => d.ruleId)).toEqual(["diarienummer-format"]);
    });
  });
});
