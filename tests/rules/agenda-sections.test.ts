import { describe, expect, it } from "vitest";
import { brief, diagnosticsAfter } from "../helpers/rules.js";

const FILE = "mandates/motesanteckningar/2026-02-19-samordnande-grupp-utveckling-hos.md";

describe("agenda-sections", () => {
  it("is a warning by default", async () => {
    const ds = await diagnosticsAfter((fx) => fx.replace(FILE, "## 7. UptoDate", "## 7. UpToDate"), { rule: "agenda-sections" });
    expect(ds.map((d) => d.severity)).toEqual(["warning"]);
    expect(ds.map((d) => d.message)).toEqual(['Rubriken för punkt 7 skiljer sig från dagordningen: "UpToDate" i texten, "UptoDate" i frontmattern.']);
  });

  it("reports a section numbered outside the agenda at its heading", async () => {
    let at = { line: 0, column: 0 };
    const ds = await diagnosticsAfter(async (fx) => {
      at = await fx.replace(FILE, "## 9. Summering och avslut", "## 10. Summering och avslut");
    }, { rule: "agenda-sections" });
    expect(ds.map(brief)).toEqual([
      expect.stringMatching(/:\d+:\d+ Dagordningspunkt 9 \(Summering och avslut\) har inget avsnitt i texten\.$/),
      `${FILE}:${at.line}:1 Avsnittet 10. Summering och avslut har nummer 10, men dagordningen har ingen punkt 10.`,
    ]);
  });
});
