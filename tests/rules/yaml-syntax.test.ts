import { describe, expect, it } from "vitest";
import { brief, diagnosticsAfter } from "../helpers/rules.js";

const FILE = "mandates/samordningsrad-onkologi.md";

describe("yaml-syntax", () => {
  it("reports a duplicate key at the second key", async () => {
    let at = { line: 0, column: 0 };
    const ds = await diagnosticsAfter(async (fx) => {
      at = await fx.replace(FILE, "\ndate: ", "\ntitle: Dubbel\ndate: ");
    }, { rule: "yaml-syntax" });
    expect(ds.map(brief)).toEqual([`${FILE}:${at.line + 1}:1 Nyckeln står två gånger i samma avsnitt.`]);
    expect(ds[0]!.fatal).toBe(true);
  });

  it("refuses YAML tags, so frontmatter stays data", async () => {
    const ds = await diagnosticsAfter((fx) => fx.replace(FILE, "\nheading: ", "\nheading: !!js/function 'function () { return 1 }'\nx: "), {
      rule: "yaml-syntax",
    });
    expect(ds.map((d) => d.message)).toEqual(["YAML-taggen !!js/function är inte tillåten; frontmatter är bara data."]);
  });

  it("reports only the first syntax error of a file, and still checks the other files", async () => {
    const ds = await diagnosticsAfter(async (fx) => {
      await fx.replace(FILE, "\ndate: ", "\ndate: [2024\n");
      await fx.replace("mandates/samordningsrad-infektion.md", "group: samordningsrad-infektion", "group: samordningsrad-infektio");
    });
    expect(ds.filter((d) => d.file === FILE).map((d) => d.ruleId)).toEqual(["yaml-syntax"]);
    expect(ds.filter((d) => d.file !== FILE).map((d) => d.ruleId)).toEqual(["reference-exists"]);
  });
});
