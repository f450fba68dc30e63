/**
 * GitHub Actions workflow commands, so CI annotates the pull request's diff at the right line.
 * GitHub shows at most 10 annotations of each level per step. The ten of a level are chosen so that
 * every rule that fired gets one before any rule gets a second (a renamed id can make one rule fire
 * dozens of times and would otherwise hide a reporting cycle); the rest are printed as plain log
 * lines under a summary.
 */
import type { Diagnostic } from "../diagnostic.js";
import { common, interpolate, type Lang } from "../messages.js";

/** Annotations of one level that GitHub displays per step. */
export const ANNOTATION_LIMIT = 10;

function escapeData(s: string): string {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

function annotation(d: Diagnostic): string {
  const level = d.severity === "error" ? "error" : d.severity === "warning" ? "warning" : "notice";
  const props = [`file=${escapeProperty(d.file)}`];
  if (d.place) {
    props.push(`line=${d.place.start.line}`, `col=${d.place.start.column}`);
    if (d.place.end) props.push(`endLine=${d.place.end.line}`, `endColumn=${d.place.end.column}`);
  }
  props.push(`title=${escapeProperty(d.ruleId)}`);
  const text = d.note ? `${d.message}\n${d.note}` : d.message;
  return `::${level} ${props.join(",")}::${escapeData(text)}\n`;
}

const SUMMARY = {
  sv: "{{n}} diagnoser till ({{errors}} fel) visas inte som annoteringar; de står nedan och med mandat check lokalt.",
  en: "{{n}} more diagnostics ({{errors}} errors) are not shown as annotations; they are listed below and by mandat check locally.",
};

function plain(d: Diagnostic, lang: Lang): string {
  const at = d.place ? `:${d.place.start.line}:${d.place.start.column}` : "";
  return `${d.file}${at}  ${common.severity[d.severity][lang]}  ${d.message}  ${d.ruleId}\n`;
}

/** Up to `limit` of the diagnostics, taking rules in turns (first of each rule, then second, …). */
function pick(diagnostics: Diagnostic[], limit: number): Set<Diagnostic> {
  const byRule = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) byRule.set(d.ruleId, [...(byRule.get(d.ruleId) ?? []), d]);
  const picked = new Set<Diagnostic>();
  for (let round = 0; picked.size < Math.min(limit, diagnostics.length); round++) {
    for (const group of byRule.values()) {
      if (picked.size < limit && group[round]) picked.add(group[round]!);
    }
  }
  return picked;
}

export function formatGithub(diagnostics: Diagnostic[], lang: Lang = "sv"): string {
  const picked = new Set(
    (["error", "warning", "info"] as const).flatMap((level) => [...pick(diagnostics.filter((d) => d.severity === level), ANNOTATION_LIMIT)]),
  );
  const shown = diagnostics.filter((d) => picked.has(d));
  const rest = diagnostics.filter((d) => !picked.has(d));
  let out = shown.map(annotation).join("");
  if (rest.length > 0) {
    const errors = rest.filter((d) => d.severity === "error").length;
    const summary = interpolate(SUMMARY[lang], { n: rest.length, errors }, lang);
    out += `::notice title=mandat::${escapeData(summary)}\n` + rest.map((d) => plain(d, lang)).join("");
  }
  return out;
}
