import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { check } from "../../src/check.js";
import { cli, REPO } from "../helpers/fixture.js";

const documents = [
  ...readdirSync(join(REPO, "mandates")).filter((f) => f.endsWith(".md")).map((f) => `mandates/${f}`),
  ...readdirSync(join(REPO, "mandates/motesanteckningar")).map((f) => `mandates/motesanteckningar/${f}`),
];

describe("the bundled real documents", () => {
  it("are the four mandates and the meeting notes of the seeds", () => {
    expect(documents.sort()).toEqual([
      "mandates/motesanteckningar/2026-02-19-samordnande-grupp-utveckling-hos.md",
      "mandates/samordnande-grupp-utveckling-hos.md",
      "mandates/samordningsgrupp-medicinska-biblioteksfragor.md",
      "mandates/samordningsrad-infektion.md",
      "mandates/samordningsrad-onkologi.md",
    ]);
  });

  it.each(documents)("%s passes check with no diagnostics", async (path) => {
    const result = await check({ root: REPO, paths: [path] });
    expect(result.diagnostics).toEqual([]);
    expect(result.documents).toHaveLength(1);
    expect(result.documents[0]!.schemaValid).toBe(true);
  });

  it("the whole corpus passes `mandat check` with exit 0", async () => {
    const run = await cli(["check"], REPO);
    expect(run.stdout).toBe("5 dokument kontrollerade: inga problem.\n");
    expect(run.code).toBe(0);
  });
});
