/**
 * `mandat check --fix`: the suggestions a check makes that leave no choice, written into the files.
 * A diarienummer's normalised form, a near-miss name or person with one candidate, a guest's agenda
 * item number, an e-mail address on a look-alike of the one allowed domain. Nothing else is touched:
 * not a suppressed diagnostic, and not any line a mandat-disable-next-line comment stands before.
 */
import { readFile, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import type { CheckResult } from "./check.js";
import type { Diagnostic } from "./diagnostics/diagnostic.js";

export interface Fix {
  /** Display path, as in the diagnostic. */
  file: string;
  line: number;
  column: number;
  ruleId: string;
  from: string;
  to: string;
}

/** The text to replace and its replacement, when the diagnostic's suggestion is unambiguous. */
function suggestion(d: Diagnostic): { from: string; to: string } | undefined {
  const only = d.expected?.length === 1 ? d.expected[0] : undefined;
  switch (d.ruleId) {
    case "diarienummer-format":
      return d.actual && d.data?.expected ? { from: d.actual, to: d.data.expected } : undefined;
    case "name-near-miss":
      return d.actual && only ? { from: d.actual, to: only } : undefined;
    case "person-name":
      return d.messageId === "nearMiss" && d.actual && only ? { from: d.actual, to: only } : undefined;
    case "guest-item-responsible": {
      const to = d.data?.responsible;
      return d.data?.listed && to && /^\d+$/.test(to) ? { from: d.data.listed, to } : undefined;
    }
    case "external-link-domain":
      return d.messageId === "mailSuggest" && d.data?.address && only ? { from: d.data.address, to: only } : undefined;
    default:
      return undefined;
  }
}

/** Offsets of 1-based line starts. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === "\n") starts.push(i + 1);
  return starts;
}

/** Lines (1-based) that a mandat-disable-next-line comment stands before, or on. */
function protectedLines(text: string): Set<number> {
  const out = new Set<number>();
  text.split("\n").forEach((line, i) => {
    if (!line.includes("mandat-disable-next-line")) return;
    out.add(i + 1);
    out.add(i + 2);
  });
  return out;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Apply every unambiguous suggestion of the check's (unsuppressed) diagnostics to the files under
 * `cwd`; returns what was changed, in file and position order.
 */
export async function applyFixes(result: CheckResult, cwd: string): Promise<Fix[]> {
  const byFile = new Map<string, { d: Diagnostic; s: { from: string; to: string } }[]>();
  for (const d of result.diagnostics) {
    const s = suggestion(d);
    if (!s || !d.place?.end || s.from === s.to) continue;
    byFile.set(d.file, [...(byFile.get(d.file) ?? []), { d, s }]);
  }
  const applied: Fix[] = [];
  for (const [file, list] of [...byFile].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const path = resolve(cwd, file);
    let text = await readFile(path, "utf8");
    const starts = lineStarts(text);
    const guarded = protectedLines(text);
    const edits: { start: number; end: number; to: string; fix: Fix }[] = [];
    for (const { d, s } of list) {
      const { start, end } = d.place!;
      if (guarded.has(start.line) || guarded.has(end!.line)) continue;
      const from = starts[start.line - 1]! + start.column - 1;
      const to = starts[end!.line - 1]! + end!.column - 1;
      // The suggestion's words in the marked span, once (a folded YAML line may break them).
      const pattern = new RegExp(s.from.trim().split(/\s+/).map(escape).join("\\s+"), "g");
      const hits = [...text.slice(from, to).matchAll(pattern)];
      if (hits.length !== 1) continue;
      const at = from + hits[0]!.index;
      edits.push({ start: at, end: at + hits[0]![0].length, to: s.to, fix: { file, line: start.line, column: start.column, ruleId: d.ruleId, from: hits[0]![0], to: s.to } });
    }
    // Last first, so earlier offsets stay right; overlapping edits are left for the next run.
    edits.sort((a, b) => b.start - a.start);
    let limit = Infinity;
    const done: Fix[] = [];
    for (const e of edits) {
      if (e.end > limit) continue;
      text = text.slice(0, e.start) + e.to + text.slice(e.end);
      limit = e.start;
      done.push(e.fix);
    }
    if (done.length === 0) continue;
    await writeFile(path, text);
    applied.push(...done.reverse());
  }
  return applied;
}
