/** Run check on a copy of the real mandates after an edit, and keep one rule's diagnostics. */
import { check } from "../../src/check.js";
import type { Diagnostic } from "../../src/diagnostics/diagnostic.js";
import type { Lang } from "../../src/rules/define.js";
import { copyMandates, type Fixture } from "./fixture.js";

export async function diagnosticsAfter(
  edit: (fx: Fixture) => Promise<unknown>,
  options: { rule?: string; lang?: Lang } = {},
): Promise<Diagnostic[]> {
  const fx = await copyMandates();
  try {
    await edit(fx);
    const result = await check({ root: fx.dir, lang: options.lang });
    return options.rule ? result.diagnostics.filter((d) => d.ruleId === options.rule) : result.diagnostics;
  } finally {
    await fx.remove();
  }
}

/** "file:line:column message" — what a user reads, in one comparable string. */
export function brief(d: Diagnostic): string {
  return `${d.file}:${d.place?.start.line}:${d.place?.start.column} ${d.message}`;
}
