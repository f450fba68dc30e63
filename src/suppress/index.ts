/**
 * Inline suppression, as in ESLint: a comment on the line before hides that line's diagnostics of the
 * named rules, so a known mistake kept verbatim from an original can be acknowledged in the file.
 *   YAML:     # mandat-disable-next-line name-near-miss -- som i originalet
 *   Markdown: <!-- mandat-disable-next-line diarienummer-format -- som i originalet -->
 */
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { Reporter } from "../diagnostics/reporter.js";
import type { RuleMeta } from "../diagnostics/rule.js";
import { closest } from "../util/closest.js";
import disableDirective from "./disable-directive.js";

const DIRECTIVE = /(?:#|<!--)\s*mandat-disable-next-line\s+([\w-]+(?:\s*,\s*[\w-]+)*)(?:\s+--\s*(.*?))?\s*(?:-->)?\s*$/;

interface Directive {
  file: string;
  line: number;
  column: number;
  rule: string;
  used: boolean;
}

const MARK = "mandat-disable-next-line";

function directivesIn(file: string, text: string): Directive[] {
  const out: Directive[] = [];
  // Only the lines that hold the mark are matched (thousands of files are scanned on every run).
  let lineNo = 0;
  let counted = 0;
  for (let at = text.indexOf(MARK); at >= 0; ) {
    const lineStart = text.lastIndexOf("\n", at) + 1;
    const newline = text.indexOf("\n", at);
    for (let k = text.indexOf("\n", counted); k >= 0 && k < lineStart; k = text.indexOf("\n", k + 1)) lineNo++;
    counted = lineStart;
    // As split(/\r?\n/) would cut it.
    const line = newline < 0 ? text.slice(lineStart) : text.slice(lineStart, text[newline - 1] === "\r" ? newline - 1 : newline);
    const i = lineNo;
    at = newline < 0 ? -1 : text.indexOf(MARK, newline);
    for (const { rule, column } of rulesOn(line)) out.push({ file, line: i + 1, column, rule, used: false });
  }
  return out;
}

/** What a comment line names, by its text: copies of a document repeat the same comments thousands of times. */
const named = new Map<string, { rule: string; column: number }[]>();

/** The rules a comment line names, each with the column of its name; none when the line is no such comment. */
function rulesOn(line: string): { rule: string; column: number }[] {
  let rules = named.get(line);
  if (rules) return rules;
  rules = [];
  const match = DIRECTIVE.exec(line);
  if (match) {
    // Each rule of the list at its own name, so a warning about one points at that one.
    const start = match.index + line.slice(match.index).indexOf(match[1]!);
    let from = 0;
    for (const rule of match[1]!.split(/\s*,\s*/)) {
      const at = match[1]!.indexOf(rule, from);
      from = at + rule.length;
      rules.push({ rule, column: start + at + 1 });
    }
  }
  if (named.size >= 10_000) named.clear();
  named.set(line, rules);
  return rules;
}

/**
 * Remove the diagnostics the comments hide and report comments that hide nothing or name no rule.
 * Returns the hidden diagnostics, so a reporter can count them.
 */
export function applySuppressions(
  sources: Map<string, string>,
  rules: RuleMeta[],
  reporter: Reporter,
  /** Every rule ran on every document; when some could not be read or validated, rules skipped them, so an unused comment proves nothing. */
  complete: boolean,
): Diagnostic[] {
  const known = new Map(rules.map((r) => [r.id, r]));
  const directives = [...sources].flatMap(([file, text]) => directivesIn(file, text));
  if (directives.length === 0) return [];
  // The comments of each file by the line they hide.
  const byFile = new Map<string, Map<number, Directive[]>>();
  for (const d of directives) {
    let byLine = byFile.get(d.file);
    if (!byLine) byFile.set(d.file, (byLine = new Map()));
    const here = byLine.get(d.line + 1);
    if (here) here.push(d);
    else byLine.set(d.line + 1, [d]);
  }
  const hidden: Diagnostic[] = [];
  const kept = reporter.diagnostics.filter((diagnostic) => {
    if (diagnostic.fatal || !diagnostic.place) return true;
    const directive = byFile
      .get(diagnostic.file)
      ?.get(diagnostic.place.start.line)
      ?.find((d) => d.rule === diagnostic.ruleId && known.get(d.rule)?.stage !== "parse");
    if (!directive) return true;
    directive.used = true;
    hidden.push(diagnostic);
    return false;
  });
  reporter.diagnostics.splice(0, reporter.diagnostics.length, ...kept);
  for (const d of directives) {
    const base = { file: d.file, place: { start: { line: d.line, column: d.column } }, data: { rule: d.rule } };
    const rule = known.get(d.rule);
    if (!rule) {
      reporter.report(disableDirective, { ...base, messageId: "unknownRule", expected: closest(d.rule, known.keys(), 1) });
    } else if (rule.stage === "parse") {
      reporter.report(disableDirective, { ...base, messageId: "notAllowed" });
    } else if (complete && !d.used && reporter.severityOf(rule) !== "off") {
      reporter.report(disableDirective, { ...base, messageId: "unused" });
    }
  }
  return hidden;
}
