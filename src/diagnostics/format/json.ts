/** Machine output: the diagnostics as a JSON array, one object per diagnostic, stable field order. */
import type { Diagnostic } from "../diagnostic.js";

export function formatJson(diagnostics: Diagnostic[]): string {
  const plain = diagnostics.map((d) => ({
    file: d.file,
    line: d.place?.start.line ?? null,
    column: d.place?.start.column ?? null,
    endLine: d.place?.end?.line ?? null,
    endColumn: d.place?.end?.column ?? null,
    severity: d.severity,
    ruleId: d.ruleId,
    message: d.message,
    ...(d.messageId && { messageId: d.messageId }),
    ...(d.path && { path: d.path }),
    ...(d.note && { note: d.note }),
    ...(d.expected && { expected: d.expected }),
    ...(d.related && { related: d.related.map((r) => ({ file: r.file, line: r.place?.start.line ?? null, column: r.place?.start.column ?? null, message: r.message })) }),
    ...(d.fatal && { fatal: true }),
  }));
  return JSON.stringify(plain, null, 2) + "\n";
}
