/**
 * GitHub Actions workflow commands, so CI annotates the pull request's diff at the right line.
 * GitHub shows at most 10 annotations of each level per step: the first ten errors and warnings
 * (in file order) become annotations, the rest are printed as plain log lines under a summary.
 */
import type { Diagnostic } from "../diagnostic.js";
import type { Lang } from "../../rules/define.js";

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

function plain(d: Diagnostic): string {
  const at = d.place ? `:${d.place.start.line}:${d.place.start.column}` : "";
  return `${d.file}${at}  ${d.severity}  ${d.message}  ${d.ruleId}\n`;
}

export function formatGithub(diagnostics: Diagnostic[], lang: Lang = "sv"): string {
  const shown: Diagnostic[] = [];
  const rest: Diagnostic[] = [];
  const count = { error: 0, warning: 0, info: 0 };
  for (const d of diagnostics) {
    if (count[d.severity]++ < ANNOTATION_LIMIT) shown.push(d);
    else rest.push(d);
  }
  let out = shown.map(annotation).join("");
  if (rest.length > 0) {
    const errors = rest.filter((d) => d.severity === "error").length;
    const summary =
      lang === "sv"
        ? `${rest.length} diagnoser till (${errors} fel) visas inte som annoteringar; de står nedan och med mandat check lokalt.`
        : `${rest.length} more diagnostics (${errors} errors) are not shown as annotations; they are listed below and by mandat check locally.`;
    out += `::notice title=mandat::${escapeData(summary)}\n` + rest.map(plain).join("");
  }
  return out;
}
