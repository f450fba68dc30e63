/**
 * ESLint's RuleTester for mandat: each case edits a copy of the small fictional repository
 * (tests/fixtures/base) and runs the real check. Valid cases give no diagnostic of the rule; invalid
 * ones exactly the listed diagnostics, asserted by messageId, file, line, column (and data, end,
 * expected, related and message where a case gives them). A link rule is also run a second time on
 * the same files with every position removed, as remark-lint does: it must not crash and must not
 * invent a place.
 */
import { describe, expect, it } from "vitest";
import { check, type CheckResult } from "../../src/check.js";
import type { Diagnostic } from "../../src/diagnostics/diagnostic.js";
import type { Lang } from "../../src/diagnostics/messages.js";
import { Reporter } from "../../src/diagnostics/reporter.js";
import type { RuleMeta } from "../../src/diagnostics/rule.js";
import { buildRegistry } from "../../src/link/build-registry.js";
import { byType } from "../../src/doctypes/define.js";
import { createContext } from "../../src/link/context.js";
import type { LinkRule } from "../../src/link/rule.js";
import type { Doc } from "../../src/parse/doc.js";
import { visit } from "../../src/util/mdast.js";
import { project, type Edits } from "./project.js";

export interface Case {
  name: string;
  /** Edits of the base fixture: path → new text, a function of the old, or null to delete. */
  files?: Edits;
  /** Today's date for the check; default 2026-11-23. */
  today?: string;
  lang?: Lang;
}

/** Where a diagnostic is: explicit numbers, or the first occurrence of `text` in `file` (after `after`). */
export interface ExpectedError {
  messageId: string;
  file: string;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  /** The diagnostic starts where this text starts (and ends where it ends, when on one line). */
  at?: string;
  after?: string;
  /** The start only: for diagnostics that span more than `at`. */
  startOnly?: boolean;
  data?: Record<string, string>;
  message?: string;
  note?: string;
  expected?: string[];
  related?: { file: string; line?: number; column?: number; at?: string; message?: string }[];
  severity?: "error" | "warning";
  /** No place at all (the diagnostic is about a whole file). */
  noPlace?: boolean;
}

export interface InvalidCase extends Case {
  errors: ExpectedError[];
}

export interface TesterOptions {
  valid: Case[];
  invalid: InvalidCase[];
  /** Keep diagnostics of these rules too (a stage rule may report under a sibling id). */
  alsoRules?: string[];
}

const TODAY = "2026-11-23";

export async function runCase(c: Case): Promise<{ result: CheckResult; read: (rel: string) => Promise<string>; remove: () => Promise<void> }> {
  const p = await project(c.files);
  try {
    // Trees kept: the no-positions run reruns the document rules, which read the body.
    const result = await check({ root: p.root, today: c.today ?? TODAY, lang: c.lang, keepTrees: true });
    return { result, read: p.read, remove: p.remove };
  } catch (error) {
    await p.remove();
    throw error;
  }
}

/** 1-based line and column of the first `needle` in `text` at or after offset `from`. */
export function pointOf(text: string, needle: string, from = 0): { line: number; column: number; offset: number } {
  const offset = text.indexOf(needle, from);
  if (offset < 0) throw new Error(`not found: ${JSON.stringify(needle)}`);
  const before = text.slice(0, offset);
  return { line: before.split("\n").length, column: offset - before.lastIndexOf("\n"), offset };
}

async function expectedShape(e: ExpectedError, read: (rel: string) => Promise<string>): Promise<Record<string, unknown>> {
  const shape: Record<string, unknown> = { messageId: e.messageId, file: e.file };
  if (e.noPlace) shape.place = undefined;
  else if (e.at !== undefined) {
    const text = await read(e.file);
    const from = e.after ? text.indexOf(e.after) : 0;
    if (from < 0) throw new Error(`after-needle not found: ${e.after}`);
    const start = pointOf(text, e.at, from);
    shape.line = start.line;
    shape.column = start.column;
    if (!e.startOnly && !e.at.includes("\n")) {
      shape.endLine = start.line;
      shape.endColumn = start.column + e.at.length;
    }
  }
  for (const key of ["line", "column", "endLine", "endColumn", "message", "note", "severity", "data", "expected"] as const) {
    if (e[key] !== undefined) shape[key] = e[key];
  }
  if (e.related) {
    shape.related = await Promise.all(
      e.related.map(async (r) => {
        const out: Record<string, unknown> = { file: r.file };
        if (r.at !== undefined) Object.assign(out, (({ line, column }) => ({ line, column }))(pointOf(await read(r.file), r.at)));
        if (r.line !== undefined) out.line = r.line;
        if (r.column !== undefined) out.column = r.column;
        if (r.message !== undefined) out.message = r.message;
        return out;
      }),
    );
  }
  return shape;
}

/** A diagnostic flattened to what a case can assert. */
export function actualShape(d: Diagnostic): Record<string, unknown> {
  return {
    messageId: d.messageId,
    file: d.file,
    line: d.place?.start.line,
    column: d.place?.start.column,
    endLine: d.place?.end?.line,
    endColumn: d.place?.end?.column,
    place: d.place,
    message: d.message,
    note: d.note,
    severity: d.severity,
    data: d.data,
    expected: d.expected,
    related: d.related?.map((r) => ({ file: r.file, line: r.place?.start.line, column: r.place?.start.column, message: r.message })),
  };
}

function pick(actual: Record<string, unknown>, expected: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(expected)) {
    if (key === "related" && Array.isArray(actual.related) && Array.isArray(expected.related)) {
      out.related = (actual.related as Record<string, unknown>[]).map((r, i) => pick(r, (expected.related as Record<string, unknown>[])[i] ?? r));
    } else if (key === "data" && actual.data && expected.data) {
      out.data = Object.fromEntries(Object.keys(expected.data as object).map((k) => [k, (actual.data as Record<string, unknown>)[k]]));
    } else out[key] = actual[key];
  }
  return out;
}

/** Remove every position a rule could use: mdast positions, the frontmatter's places, places found earlier. */
function withoutPositions(doc: Doc): Doc {
  const tree = doc.tree && structuredClone(doc.tree);
  if (tree) visit(tree, (node) => void delete (node as { position?: unknown }).position);
  const { places: _places, ...rest } = doc;
  return {
    ...rest,
    ...(tree && { tree }),
    ...(doc.proseRefs && { proseRefs: doc.proseRefs.map(({ place: _place, ...ref }) => ref) }),
    ...(doc.passages && { passages: doc.passages.map(({ place: _place, ...p }) => p) }),
  };
}

/** Run one link rule on the check's files with positions removed; returns its diagnostics. */
export function runWithoutPositions(rule: LinkRule, result: CheckResult, today = TODAY): Diagnostic[] {
  const reporter = new Reporter("sv");
  const documents = result.documents.filter((d) => !d.skipped.includes("unreadable")).map(withoutPositions);
  const registryFiles = result.registryFiles.map(withoutPositions);
  const registry = buildRegistry(registryFiles);
  rule.check(
    createContext(rule, { documents, registryFiles, registry, today, config: { rules: {}, ruleOptions: {} }, types: byType(result.docTypes) }, reporter),
  );
  return reporter.diagnostics;
}

export function ruleTester(rule: RuleMeta, cases: TesterOptions): void {
  const ids = new Set([rule.id, ...(cases.alsoRules ?? [])]);
  const mine = (result: CheckResult) => result.diagnostics.filter((d) => ids.has(d.ruleId));
  const isLink = typeof (rule as Partial<LinkRule>).check === "function";

  describe(rule.id, () => {
    it.each(cases.valid)("valid: $name", async (c) => {
      const run = await runCase(c);
      try {
        expect(run.result.documents.filter((d) => d.skipped.length > 0).map((d) => [d.path, d.skipped]), "the case left a document the rules skip").toEqual([]);
        expect(mine(run.result).map(actualShape).map((d) => `${d.file}:${d.line}:${d.column} ${d.message}`)).toEqual([]);
      } finally {
        await run.remove();
      }
    });

    it.each(cases.invalid)("invalid: $name", async (c) => {
      const run = await runCase(c);
      try {
        const expected = await Promise.all(c.errors.map((e) => expectedShape(e, run.read)));
        const actual = mine(run.result).map(actualShape);
        expect(actual.map((a, i) => pick(a, expected[i] ?? { messageId: 1, file: 1, line: 1, column: 1, message: 1 }))).toEqual(expected);
        if (isLink) {
          const bare = runWithoutPositions(rule as LinkRule, run.result, c.today);
          expect(bare.filter((d) => d.place || d.related?.some((r) => r.place)).map((d) => d.message), "a diagnostic invented a place").toEqual([]);
        }
      } finally {
        await run.remove();
      }
    });
  });
}
