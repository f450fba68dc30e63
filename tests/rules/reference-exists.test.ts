import { describe, expect, it } from "vitest";
import { brief, diagnosticsAfter } from "../helpers/rules.js";

const FILE = "mandates/samordningsrad-onkologi.md";

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
});
