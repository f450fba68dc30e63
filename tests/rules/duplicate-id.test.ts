import { describe, expect, it } from "vitest";
import { brief, diagnosticsAfter } from "../helpers/rules.js";

describe("duplicate-id", () => {
  it("reports a registry id defined twice and points at the first definition", async () => {
    const ds = await diagnosticsAfter(async (fx) => {
      const text = await fx.read("mandates/registry/roles.yaml");
      await fx.write("mandates/registry/roles.yaml", `${text.trimEnd()}\n- id: regiondirektor\n  name: Regiondirektör igen\n`);
    }, { rule: "duplicate-id" });
    expect(ds).toHaveLength(1);
    expect(ds[0]!.message).toBe("Id:t regiondirektor är redan definierat.");
    expect(ds[0]!.related?.[0]).toMatchObject({ file: "mandates/registry/roles.yaml", message: "först definierad här" });
    expect(ds[0]!.related![0]!.place!.start.line).toBeLessThan(ds[0]!.place!.start.line);
  });

  it("reports a second mandate for the same group", async () => {
    const ds = await diagnosticsAfter(async (fx) => {
      await fx.write("mandates/zz-kopia.md", await fx.read("mandates/samordningsrad-infektion.md"));
    }, { rule: "duplicate-id" });
    expect(ds.map(brief)).toEqual(["mandates/zz-kopia.md:6:8 Gruppen samordningsrad-infektion har redan en uppdragshandling."]);
    expect(ds[0]!.related?.[0]?.file).toBe("mandates/samordningsrad-infektion.md");
  });
});
