/**
 * GitLab's code quality report (a JSON array; the job declares it under artifacts:reports:codequality).
 * The fingerprint is what GitLab matches between the merge request and its target, so it leaves out
 * the line: a problem that only moves down the file stays the same problem. Two equal problems in
 * one file are told apart by their order.
 */
import { createHash } from "node:crypto";
import type { Diagnostic } from "../diagnostic.js";

const SEVERITY = { error: "major", warning: "minor", info: "info" } as const;

export function formatGitlab(diagnostics: Diagnostic[]): string {
  const seen = new Map<string, number>();
  const issues = diagnostics.map((d) => {
    const identity = `${d.ruleId}\u0000${d.file}\u0000${d.message}`;
    const nth = seen.get(identity) ?? 0;
    seen.set(identity, nth + 1);
    return {
      description: d.note ? `${d.message} ${d.note}` : d.message,
      check_name: d.ruleId,
      fingerprint: createHash("sha256").update(`${identity}\u0000${nth}`).digest("hex").slice(0, 32),
      severity: SEVERITY[d.severity],
      location: { path: d.file, lines: { begin: d.place?.start.line ?? 1 } },
    };
  });
  return JSON.stringify(issues, null, 2) + "\n";
}
