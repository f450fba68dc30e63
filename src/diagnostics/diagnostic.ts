/** The one diagnostic type of the whole program, modelled on vfile's messages. */

export type Severity = "error" | "warning" | "info";

/** 1-based line and column, like vfile and ESLint. */
export interface Point {
  line: number;
  column: number;
  offset?: number;
}

export interface Place {
  start: Point;
  end?: Point;
}

export interface Related {
  file: string;
  place?: Place;
  message: string;
}

export interface Diagnostic {
  /** Path relative to the working directory, with forward slashes. */
  file: string;
  place?: Place;
  ruleId: string;
  severity: Severity;
  /** The document is unusable: later per-document stages skip it. */
  fatal?: boolean;
  /** One sentence: what is wrong, what is expected. Never the position. */
  message: string;
  messageId?: string;
  data?: Record<string, string>;
  /** Frontmatter path of the offending node, e.g. ["participants", 3, "organisation"]. */
  path?: (string | number)[];
  actual?: string;
  /** "Menade du …?" candidates. */
  expected?: string[];
  /** How to fix it. */
  note?: string;
  related?: Related[];
}

export function isError(d: Diagnostic): boolean {
  return d.severity === "error";
}

/** Stable order: file, then line, then column, then rule id. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  const al = a.place?.start.line ?? 0;
  const bl = b.place?.start.line ?? 0;
  if (al !== bl) return al - bl;
  const ac = a.place?.start.column ?? 0;
  const bc = b.place?.start.column ?? 0;
  if (ac !== bc) return ac - bc;
  return a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0;
}
