import { describe, expect, it } from "vitest";
import { brief, diagnosticsAfter } from "../helpers/rules.js";

const FILE = "mandates/samordningsrad-infektion.md";

describe("schema", () => {
  it("suggests the allowed value closest to a misspelt enum value", async () => {
    let at = { line: 0, column: 0 };
    const ds = await diagnosticsAfter(async (fx) => {
      at = await fx.replace(FILE, "per: år", "per: åren");
    }, { rule: "schema" });
    expect(ds.map(brief)).toEqual([`${FILE}:${at.line}:${at.column + 5} Period har värdet "åren", som inte är tillåtet. Menade du år?`]);
  });

  it("rejects an impossible date with the format in the message", async () => {
    const bad = await diagnosticsAfter(async (fx) => {
      const text = await fx.read(FILE);
      const date = /\ndate: (\d{4}-\d\d-\d\d)/.exec(text)![1]!;
      await fx.replace(FILE, `\ndate: ${date}`, "\ndate: 2025-02-30");
    }, { rule: "schema" });
    expect(bad.map((d) => d.message)).toEqual(['Datum "2025-02-30" är inte ett giltigt datum (ÅÅÅÅ-MM-DD).']);
  });

  it("rejects a malformed diarienummer and explains the form", async () => {
    const ds = await diagnosticsAfter(async (fx) => {
      const text = await fx.read(FILE);
      const dnr = /\ndiarienummer: (.*)/.exec(text)![1]!;
      await fx.replace(FILE, `\ndiarienummer: ${dnr}`, "\ndiarienummer: RS 2024 – 00370");
    }, { rule: "schema" });
    expect(ds.map((d) => d.message)).toEqual(['Diarienummer "RS 2024 – 00370" har fel form.']);
    expect(ds[0]!.note).toContain("RS 2024-00784");
  });

  it("names an unknown field, suggests the known one and lists what is allowed", async () => {
    const ds = await diagnosticsAfter((fx) => fx.replace(FILE, "\nchair:", "\nchiar:"), { rule: "schema" });
    // Not also "Fältet chair saknas": the misspelling is one mistake, reported once.
    expect(ds.map((d) => d.message)).toEqual(["Okänt fält chiar. Menade du chair?"]);
  });

  it("still reports a missing field when the unknown one is something else", async () => {
    const ds = await diagnosticsAfter((fx) => fx.replace(FILE, "\nchair:", "\nordforande:"), { rule: "schema" });
    expect(ds.map((d) => d.message)).toEqual(["Fältet chair (Ordförande) saknas.", "Okänt fält ordforande."]);
  });
});
