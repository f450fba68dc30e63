/** The TypeScript types of the data are generated from the JSON Schemas, so the two cannot drift. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generate, TARGETS } from "../scripts/types.js";
import { REPO_ROOT } from "./helpers/repo.js";

describe("generated types", () => {
  it.each(TARGETS.map((t) => [t.out, t] as const))("%s is what `npm run types` makes of its schema", async (_out, target) => {
    expect(readFileSync(join(REPO_ROOT, target.out), "utf8")).toBe(await generate(target));
  });

  it("a schema change shows up in the generated type (the generator reads the schema)", async () => {
    const target = TARGETS.find((t) => t.schema === "mandate.schema.json")!;
    const text = await generate(target);
    expect(text).toMatch(/export type Mandate = \{/);
    expect(text).toMatch(/status\?: "utkast" \| "fastställd" \| "upphävd";/);
    expect(text).toMatch(/meetingFrequency: \{/);
    expect(text).toMatch(/per: "år" \| "halvår" \| "månad" \| "vecka";/);
  });
});
