/** GitHub Actions workflow commands, so CI annotates the pull request's diff at the right line. */
import type { Diagnostic } from "../diagnostic.js";

function escapeData(s: string): string {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

export function formatGithub(diagnostics: Diagnostic[]): string {
  return diagnostics
    .map((d) => {
      const level = d.severity === "error" ? "error" : d.severity === "warning" ? "warning" : "notice";
      const props = [`file=${escapeProperty(d.file)}`];
      if (d.place) {
        props.push(`line=${d.place.start.line}`, `col=${d.place.start.column}`);
        if (d.place.end) props.push(`endLine=${d.place.end.line}`, `endColumn=${d.place.end.column}`);
      }
      props.push(`title=${escapeProperty(d.ruleId)}`);
      const text = d.note ? `${d.message}\n${d.note}` : d.message;
      return `::${level} ${props.join(",")}::${escapeData(text)}\n`;
    })
    .join("");
}
