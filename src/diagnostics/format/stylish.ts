/** Human output: grouped by file, `line:col  fel  message  rule-id`, a code frame, the fix and related places. */
import type { Diagnostic } from "../diagnostic.js";
import { common, interpolate, type Lang } from "../messages.js";

export interface StylishOptions {
  lang: Lang;
  /** Source text by display path, for code frames; files without text get no frame. */
  sources?: Map<string, string>;
  color?: boolean;
}

const WORDS = {
  fix: { sv: "Åtgärd", en: "Fix" },
  none: { sv: "Inga problem hittades.", en: "No problems found." },
  summary: { sv: "✖ {{n}} problem ({{errors}}, {{warnings}})", en: "✖ {{n}} problems ({{errors}}, {{warnings}})" },
  errors: { sv: "{{n}} fel", en: "{{n}} errors" },
  oneError: { sv: "1 fel", en: "1 error" },
  warnings: { sv: "{{n}} varningar", en: "{{n}} warnings" },
  oneWarning: { sv: "1 varning", en: "1 warning" },
};

function paint(on: boolean | undefined, code: number, text: string): string {
  return on ? `\u001b[${code}m${text}\u001b[0m` : text;
}

export function position(d: Pick<Diagnostic, "place">): string {
  return d.place ? `${d.place.start.line}:${d.place.start.column}` : "";
}

/** Two lines of context above, the offending line, and a caret row under the node. */
export function codeFrame(source: string, d: Diagnostic): string[] {
  if (!d.place) return [];
  const lines = source.split(/\r?\n/);
  const { line, column } = d.place.start;
  const endColumn = d.place.end && d.place.end.line === line ? d.place.end.column : column + 1;
  const first = Math.max(1, line - 1);
  const width = String(line).length;
  const out: string[] = [];
  for (let n = first; n <= line && n <= lines.length; n++) {
    const text = (lines[n - 1] ?? "").replace(/\t/g, " ");
    out.push(`${n === line ? ">" : " "} ${String(n).padStart(width)} | ${text}`);
  }
  if (line <= lines.length) {
    const caretLength = Math.max(1, Math.min(endColumn, (lines[line - 1] ?? "").length + 1) - column);
    out.push(`  ${" ".repeat(width)} | ${" ".repeat(column - 1)}${"^".repeat(caretLength)}`);
  }
  return out;
}

export function formatStylish(diagnostics: Diagnostic[], options: StylishOptions): string {
  const lang = options.lang;
  const color = options.color;
  if (diagnostics.length === 0) return `${WORDS.none[lang]}\n`;
  const out: string[] = [];
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) byFile.set(d.file, [...(byFile.get(d.file) ?? []), d]);
  for (const [file, list] of byFile) {
    out.push(paint(color, 4, file));
    for (const d of list) {
      const word = common.severity[d.severity][lang];
      const severity = d.severity === "error" ? paint(color, 31, word) : paint(color, 33, word);
      out.push(`  ${file}:${position(d) || "1:1"}  ${severity}  ${d.message}  ${paint(color, 2, d.ruleId)}`);
      const source = options.sources?.get(file);
      if (source) for (const l of codeFrame(source, d)) out.push(`      ${paint(color, 2, l)}`);
      if (d.note) out.push(`      ${WORDS.fix[lang]}: ${d.note}`);
      for (const r of d.related ?? []) out.push(`      → ${r.file}${r.place ? `:${position(r)}` : ""}  ${r.message}`);
    }
    out.push("");
  }
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  const warnings = diagnostics.filter((d) => d.severity === "warning").length;
  const summary = interpolate(WORDS.summary[lang], {
    n: diagnostics.length,
    errors: errors === 1 ? WORDS.oneError : interpolate(WORDS.errors[lang], { n: errors }),
    warnings: warnings === 1 ? WORDS.oneWarning : interpolate(WORDS.warnings[lang], { n: warnings }),
  }, lang);
  out.push(paint(color, errors > 0 ? 31 : 33, summary));
  return out.join("\n") + "\n";
}
