import { describe, expect, it } from "vitest";
import { brief, diagnosticsAfter } from "../helpers/rules.js";

const FILE = "mandates/samordnande-grupp-utveckling-hos.md";

describe("required-sections", () => {
  it("suggests the misspelt heading that should be a template heading", async () => {
    let at = { line: 0, column: 0 };
    const ds = await diagnosticsAfter(async (fx) => {
      at = await fx.replace(FILE, "## Kommunikation", "## Kommunikatoin");
    }, { rule: "required-sections" });
    expect(ds.map(brief)).toEqual([`${FILE}:${at.line}:1 Rubriken "Kommunikation" saknas. Menade du att "Kommunikatoin" ska heta "Kommunikation"?`]);
  });

  it("reports a missing sub-heading under Beslutsordning at Beslutsordning", async () => {
    const ds = await diagnosticsAfter((fx) => fx.replace(FILE, "### Rapportering\n", ""), { rule: "required-sections" });
    expect(ds.map((d) => d.message)).toEqual(['Rubriken "Rapportering" saknas.']);
    expect(ds[0]!.note).toBe("Lägg till ### Rapportering under ## Beslutsordning.");
  });

  it("reports sections out of the template's order", async () => {
    const ds = await diagnosticsAfter(async (fx) => {
      const text = await fx.read(FILE);
      const purpose = text.slice(text.indexOf("## Syfte med uppdraget"), text.indexOf("## Uppdragsbeskrivning"));
      await fx.write(FILE, text.replace(purpose, "") + "\n" + purpose);
    }, { rule: "required-sections" });
    expect(ds.map((d) => d.message)).toEqual(['Rubriken Uppdragsbeskrivning står före Syfte med uppdraget, men mallen har den efter.']);
  });

  it("checks the body even when the frontmatter has schema errors", async () => {
    const ds = await diagnosticsAfter(async (fx) => {
      await fx.replace(FILE, "\nchair:", "\nchiar:");
      await fx.replace(FILE, "## Syfte med uppdraget\n", "");
    });
    expect(ds.map((d) => d.ruleId).sort()).toEqual(["required-sections", "schema"]);
  });
});
