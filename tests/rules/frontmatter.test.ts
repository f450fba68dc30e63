import { describe, expect, it } from "vitest";
import { brief, diagnosticsAfter } from "../helpers/rules.js";

describe("frontmatter", () => {
  it("reports a document without frontmatter at line 1", async () => {
    const ds = await diagnosticsAfter((fx) => fx.write("mandates/ny-grupp.md", "# Ny grupp\n\nText.\n"), { rule: "frontmatter" });
    expect(ds.map(brief)).toEqual(["mandates/ny-grupp.md:1:1 Dokumentet saknar frontmatter."]);
    expect(ds[0]!.note).toContain("---");
  });

  it("reports an unknown document type at the type value", async () => {
    const ds = await diagnosticsAfter((fx) => fx.replace("mandates/samordningsrad-onkologi.md", "type: uppdragshandling", "type: uppdrag"), {
      rule: "frontmatter",
    });
    expect(ds.map(brief)).toEqual(['mandates/samordningsrad-onkologi.md:3:7 Okänd dokumenttyp "uppdrag"; väntade uppdragshandling eller motesanteckning.']);
  });

  it("reports frontmatter that is a list, not fields", async () => {
    const ds = await diagnosticsAfter((fx) => fx.write("mandates/lista.md", "---\n- a\n- b\n---\n\nText\n"), { rule: "frontmatter" });
    expect(ds.map(brief)).toEqual(["mandates/lista.md:2:1 Frontmattern är inte en samling fält (nyckel: värde)."]);
  });
});
