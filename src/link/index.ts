/** Link stage: build the registry once, then run every link rule over all readable files. */
import type { Reporter } from "../diagnostics/reporter.js";
import { createContext, type LinkInput } from "./context.js";
import type { LinkRule } from "./rule.js";

export function link(input: LinkInput, rules: readonly LinkRule[], reporter: Reporter): void {
  for (const rule of rules) {
    if (reporter.severityOf(rule) !== "off") rule.check(createContext(rule, input, reporter));
  }
}
