/** Link stage: build the registry once, then run every link rule over all readable files. */
import type { Reporter } from "../diagnostics/reporter.js";
import internal from "../check/internal.js";
import { createContext, type LinkInput, type ReadAheadInput } from "./context.js";
import type { LinkRule } from "./rule.js";
import { span } from "../util/timing.js";

/** Where a rule that compares all documents is reported when it fails: the corpus, not one file. */
const CORPUS = "mandates/";

export function link(input: LinkInput, rules: readonly LinkRule[], reporter: Reporter): void {
  for (const rule of rules) {
    if (reporter.severityOf(rule) === "off") continue;
    try {
      span(`rule ${rule.id}`, () => rule.check(createContext(rule, input, reporter)));
    } catch (error) {
      // A bug in one rule must not hide what the others find.
      const detail = String((error as Error)?.message ?? error).split("\n")[0]!;
      reporter.report(internal, { file: CORPUS, messageId: "ruleCrash", data: { rule: rule.id, detail } });
    }
  }
}

/**
 * Starts every rule's readAhead (rules that are off excepted); the promise gives what each read, by
 * rule id, and never fails: a rule whose reading failed reads again for itself when it runs.
 */
export async function startReadAhead(input: ReadAheadInput, rules: readonly LinkRule[], reporter: Reporter): Promise<Map<string, unknown>> {
  const reading = rules.filter((rule) => rule.readAhead && reporter.severityOf(rule) !== "off");
  const read = await Promise.all(reading.map((rule) => Promise.resolve().then(() => rule.readAhead!(input)).catch(() => undefined)));
  return new Map(reading.flatMap((rule, i) => (read[i] === undefined ? [] : [[rule.id, read[i]] as const])));
}
