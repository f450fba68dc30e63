/** Every rule is registered, documented and tested, the way ESLint checks its own rules. */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ruleDocs } from "../../src/rules/docs.js";
import { rules } from "../../src/rules/index.js";
import { REPO } from "../helpers/fixture.js";

const NOT_RULES = new Set(["define.ts", "index.ts", "docs.ts", "mdast.ts"]);

describe("the rule list", () => {
  it("holds every rule module in src/rules, sorted by id", () => {
    const files = readdirSync(join(REPO, "src/rules")).filter((f) => !NOT_RULES.has(f)).map((f) => f.replace(/\.ts$/, ""));
    expect(rules.map((r) => r.id)).toEqual(files.sort());
  });

  it.each(rules.map((r) => [r.id, r] as const))("%s has descriptions, messages in both languages and a test file", (id, rule) => {
    expect(rule.description.sv).toMatch(/\.$/);
    expect(rule.description.en).toMatch(/\.$/);
    for (const m of Object.values(rule.messages)) {
      expect(m.sv.length).toBeGreaterThan(0);
      expect(m.en.length).toBeGreaterThan(0);
      expect(m.sv.match(/\{\{\w+\}\}/g)?.sort()).toEqual(m.en.match(/\{\{\w+\}\}/g)?.sort());
    }
    expect(existsSync(join(REPO, "tests/rules", `${id}.test.ts`))).toBe(true);
  });

  it("docs/regler.md is what `npm run docs` generates", () => {
    expect(readFileSync(join(REPO, "docs/regler.md"), "utf8")).toBe(ruleDocs("sv"));
  });
});
