import { describe, expect, it } from "vitest";
import { check } from "../../src/check.js";
import { copyMandates } from "../helpers/fixture.js";
import { brief, diagnosticsAfter } from "../helpers/rules.js";

const FILE = "mandates/samordningsrad-onkologi.md";
const NOTES = "mandates/motesanteckningar/2026-02-19-samordnande-grupp-utveckling-hos.md";

describe("disable-directive", () => {
  it("a YAML comment hides the next line's diagnostic of that rule only, and check counts it", async () => {
    const fx = await copyMandates();
    try {
      await fx.replace(FILE, "group: samordningsrad-onkologi", "# mandat-disable-next-line reference-exists -- test\ngroup: samordningsrad-onkolgi");
      const result = await check({ root: fx.dir });
      expect(result.diagnostics).toEqual([]);
      expect(result.suppressed.filter((d) => d.file === FILE && d.ruleId !== "decision-signatory").map(brief)).toEqual([
        `${FILE}:7:8 Gruppen samordningsrad-onkolgi finns inte i registret. Menade du samordningsrad-onkologi?`,
      ]);
    } finally {
      await fx.remove();
    }
  });

  it("a Markdown comment hides a body diagnostic on the next line", async () => {
    const ds = await diagnosticsAfter((fx) =>
      fx.replace(NOTES, "## 7. UptoDate", "<!-- mandat-disable-next-line agenda-sections -- stavning som i originalet -->\n## 7. UpToDate"),
    );
    expect(ds).toEqual([]);
  });

  it("does not hide other rules, and reports a comment that hides nothing", async () => {
    let at = { line: 0, column: 0 };
    const ds = await diagnosticsAfter(async (fx) => {
      at = await fx.replace(FILE, "group: samordningsrad-onkologi", "# mandat-disable-next-line schema\ngroup: samordningsrad-onkolgi");
    });
    expect(ds.map(brief)).toEqual([
      `${FILE}:${at.line}:28 Kommentaren döljer ingen diagnos från schema på nästa rad.`,
      `${FILE}:${at.line + 1}:8 Gruppen samordningsrad-onkolgi finns inte i registret. Menade du samordningsrad-onkologi?`,
    ]);
    expect(ds[0]!.severity).toBe("warning");
  });

  it("reports an unknown rule with a suggestion, and refuses to hide a YAML error", async () => {
    const ds = await diagnosticsAfter(async (fx) => {
      await fx.replace(FILE, "group: samordningsrad-onkologi", "# mandat-disable-next-line reference-exist\ngroup: samordningsrad-onkologi");
      await fx.replace(NOTES, "title: ", "# mandat-disable-next-line yaml-syntax\ntitle: ");
    }, { rule: "disable-directive" });
    expect(ds.map((d) => d.message)).toEqual([
      "Regeln yaml-syntax går inte att dölja; ett dokument som inte går att läsa är alltid fel.",
      "Okänd regel reference-exist i mandat-disable-next-line. Menade du reference-exists?",
    ]);
  });
});
