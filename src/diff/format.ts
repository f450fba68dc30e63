/** A semantic diff as plain text for the terminal, or as Markdown for a pull request comment. */
import type { SemanticDiff } from "./semantic.js";

/** The first line of mandat's PR comment, so a workflow finds and updates its own comment. */
export const COMMENT_MARKER = "<!-- mandat-diff -->";

const KIND = { ny: "nytt", borttagen: "borttaget", ändrad: "ändrat" } as const;

function summary(diff: SemanticDiff): string {
  const n = diff.documents.length;
  const docs = n === 0 ? "inga dokument ändrade" : n === 1 ? "1 dokument ändrat" : `${n} dokument ändrade`;
  const reg = diff.registry.length === 0 ? "" : `, ${diff.registry.length} ${diff.registry.length === 1 ? "ändring" : "ändringar"} i registren`;
  return `${docs}${reg}`;
}

export function formatDiffText(diff: SemanticDiff): string {
  const out = [`Ändringar från ${diff.from} till ${diff.to}: ${summary(diff)}.`, ""];
  for (const d of diff.documents) {
    out.push(`${d.path} — ${d.name} (${KIND[d.kind]})`);
    for (const c of d.changes) {
      out.push(`  ${c.text}`);
      for (const s of c.removed ?? []) out.push(`    − ${s}`);
      for (const s of c.added ?? []) out.push(`    + ${s}`);
    }
    if (d.referencedBy.length > 0) out.push(`  Hänvisar hit: ${d.referencedBy.map((r) => `${r.name} (${r.path})`).join(", ")}`);
    out.push("");
  }
  if (diff.registry.length > 0) {
    out.push("Registren");
    for (const r of diff.registry) out.push(`  ${r.text}${r.affects.length > 0 ? ` — berör ${r.affects.join(", ")}` : ""}`);
    out.push("");
  }
  if (diff.pdfs.length > 0) out.push(`PDF:er som skrivs ut på nytt: ${diff.pdfs.join(", ")}`);
  return out.join("\n").trimEnd() + "\n";
}

/** Markdown-special characters in document text, escaped so a sentence cannot turn into a link or a heading. */
function md(text: string): string {
  return text.replace(/([\\`*_{}[\]<>|#])/g, "\\$1");
}

export function formatDiffMarkdown(diff: SemanticDiff): string {
  const out = [COMMENT_MARKER, `### Ändringar i mandaten (\`${md(diff.from)}\` → \`${md(diff.to)}\`)`, "", `${cap(summary(diff))}.`, ""];
  for (const d of diff.documents) {
    out.push(`#### ${md(d.name)} — \`${d.path}\` (${KIND[d.kind]})`, "");
    for (const c of d.changes) {
      out.push(`- **${md(c.text)}**`);
      if (c.removed?.length || c.added?.length) {
        out.push("", "  ```diff");
        for (const s of c.removed ?? []) out.push(`  - ${s.replace(/`/g, "'")}`);
        for (const s of c.added ?? []) out.push(`  + ${s.replace(/`/g, "'")}`);
        out.push("  ```", "");
      }
    }
    if (d.referencedBy.length > 0) out.push("", `Hänvisar till gruppen: ${d.referencedBy.map((r) => `${md(r.name)} (\`${r.path}\`)`).join(", ")}.`);
    out.push("");
  }
  if (diff.registry.length > 0) {
    out.push("#### Registren", "");
    for (const r of diff.registry) out.push(`- ${md(r.text)}${r.affects.length > 0 ? ` — berör ${r.affects.map((p) => `\`${p}\``).join(", ")}` : ""}`);
    out.push("");
  }
  if (diff.pdfs.length > 0) out.push(`**PDF:er som skrivs ut på nytt:** ${diff.pdfs.map((p) => `\`${p}\``).join(", ")}`);
  return out.join("\n").replace(/\n{3,}/g, "\n\n").trimEnd() + "\n";
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
