/**
 * ESLint's RuleTester in a few lines: each case edits a copy of the real corpus; valid cases give no
 * diagnostic of the rule, invalid ones exactly the listed diagnostics, each at the place of a needle.
 */
import { describe, expect, it } from "vitest";
import { check } from "../../src/check.js";
import { copyMandates, locate, type Fixture } from "./fixture.js";

export interface ValidCase {
  name: string;
  edit?: (fx: Fixture) => Promise<unknown>;
}

export interface Expected {
  file: string;
  message: string;
  /** The diagnostic starts where this text starts in the edited file (after `after`, if given). */
  at: string;
  after?: string;
}

export interface InvalidCase extends ValidCase {
  errors: Expected[];
  severity?: "error" | "warning";
}

export function ruleTester(ruleId: string, cases: { valid: ValidCase[]; invalid: InvalidCase[]; today?: string }): void {
  async function run(edit: ValidCase["edit"]) {
    const fx = await copyMandates();
    try {
      await edit?.(fx);
      const result = await check({ root: fx.dir, today: cases.today ?? "2026-11-23" });
      const mine = result.diagnostics.filter((d) => d.ruleId === ruleId);
      // A case whose edit broke the YAML or the schema would pass vacuously: the rule never saw it.
      const unreadable = [...result.documents, ...result.registryFiles].filter((f) => !f.schemaValid).map((f) => f.file.path);
      return { mine, fx, unreadable, read: (f: string) => fx.read(f) };
    } catch (e) {
      await fx.remove();
      throw e;
    }
  }

  describe(ruleId, () => {
    it.each(cases.valid)("valid: $name", async ({ edit }) => {
      const { mine, fx, unreadable } = await run(edit);
      await fx.remove();
      expect(unreadable, "the edit left a file the rules cannot read").toEqual([]);
      expect(mine).toEqual([]);
    });

    it.each(cases.invalid)("invalid: $name", async ({ edit, errors, severity }) => {
      const { mine, fx, read, unreadable } = await run(edit);
      try {
        const expected = await Promise.all(
          errors.map(async (e) => {
            const text = await read(e.file);
            const from = e.after ? text.indexOf(e.after) : 0;
            if (from < 0) throw new Error(`after-needle not found: ${e.after}`);
            const { line, column } = locate(text, e.at, from);
            return `${e.file}:${line}:${column} ${e.message}`;
          }),
        );
        expect(unreadable, "the edit left a file the rules cannot read").toEqual([]);
        expect(mine.map((d) => `${d.file}:${d.place?.start.line}:${d.place?.start.column} ${d.message}`)).toEqual(expected);
        if (severity) for (const d of mine) expect(d.severity).toBe(severity);
      } finally {
        await fx.remove();
      }
    });
  });
}
