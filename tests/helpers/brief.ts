/** One diagnostic as one comparable string: what a user reads. */
import type { Diagnostic } from "../../src/diagnostics/diagnostic.js";

/** "file:line:column message". */
export function brief(d: Diagnostic): string {
  return `${d.file}:${d.place?.start.line}:${d.place?.start.column} ${d.message}`;
}
