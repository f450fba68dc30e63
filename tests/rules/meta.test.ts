/** Every rule is registered, documented and tested, the way ESLint checks its own rules. */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { configSchema } from "../../src/config/schema.js";
import { ruleDocs } from "../../src/rules/docs.js";
import { linkRules, rules } from "../../src/rules/index.js";
import { REPO_ROOT as REPO } from "../helpers/repo.js";

/** Where each rule module lives: link rules in src/rules, stage rules with their stage. */
const RULE_DIRS = ["src/rules", "src/load/rules", "src/parse/rules", "src/validate/rules", "src/suppress", "src/config", "src/check"];
const NOT_RULES = new Set(["index.ts", "docs.ts", "schema.ts", "load.ts", "types.ts"]);

function ruleFile(id: string): string | undefined {
  return RULE_DIRS.map((dir) => join(REPO, dir, `${id}.ts`)).find(existsSync);
}

describe("the rule list", () => {
  it("holds every link rule module in src/rules, and is sorted by id", () => {
    const files = readdirSync(join(REPO, "src/rules")).filter((f) => !NOT_RULES.has(f)).map((f) => f.replace(/\.ts$/, ""));
    expect(linkRules.map((r) => r.id).sort()).toEqual(files.sort());
    expect(rules.map((r) => r.id)).toEqual(rules.map((r) => r.id).sort());
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
  });

  it.each(rules.map((r) => [r.id, r] as const))("%s: module named by its id, descriptions, messages in both languages, a test file", (id, rule) => {
    const file = ruleFile(id);
    expect(file, `no module for ${id}`).toBeDefined();
    expect(rule.description.sv).toMatch(/\.$/);
    expect(rule.description.en).toMatch(/\.$/);
    for (const m of [...Object.values(rule.messages), ...Object.values(rule.phrases ?? {})]) {
      expect(m.sv.length).toBeGreaterThan(0);
      expect(m.en.length).toBeGreaterThan(0);
      expect(m.sv.match(/\{\{\w+\}\}/g)?.sort()).toEqual(m.en.match(/\{\{\w+\}\}/g)?.sort());
    }
    for (const m of Object.values(rule.messages)) {
      // "Menade du …?" is the reporter's, from `expected`; a message writing its own would say it twice.
      expect(m.sv).not.toMatch(/Menade du|\{\{suggestion\}\}/);
    }
    const source = readFileSync(file!, "utf8");
    expect(source, "a rule picks no language itself: its texts are in its messages and phrases").not.toMatch(/lang\s*===|ctx\.lang/);
    expect(existsSync(join(REPO, "tests/rules", `${id}.test.ts`))).toBe(true);
  });

  it("docs/regler.md is what `npm run docs` generates", () => {
    expect(readFileSync(join(REPO, "docs/regler.md"), "utf8")).toBe(ruleDocs("sv"));
  });

  it("schemas/config.schema.json is what `npm run docs` derives from the rules", () => {
    expect(JSON.parse(readFileSync(join(REPO, "schemas/config.schema.json"), "utf8"))).toEqual(configSchema(rules));
  });
});
