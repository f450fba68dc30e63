/** Turns a rule's report into a Diagnostic: picks the configured severity and the message language. */
import type { Diagnostic } from "./diagnostic.js";
import { interpolate, type Lang, type Report, type RuleMeta, type RuleSeverity } from "../rules/define.js";

export class Reporter {
  readonly diagnostics: Diagnostic[] = [];

  constructor(
    readonly lang: Lang = "sv",
    private readonly severities: Record<string, RuleSeverity> = {},
  ) {}

  severityOf(rule: RuleMeta): RuleSeverity {
    return this.severities[rule.id] ?? rule.severity;
  }

  report(rule: RuleMeta, r: Report): Diagnostic | undefined {
    const severity = this.severityOf(rule);
    if (severity === "off") return undefined;
    const spec = rule.messages[r.messageId];
    if (!spec) throw new Error(`Rule \`${rule.id}\` has no message \`${r.messageId}\``);
    const data = r.data ?? {};
    const diagnostic: Diagnostic = {
      ...r,
      ruleId: rule.id,
      severity,
      message: interpolate(spec[this.lang], data),
      ...(spec.note ? { note: interpolate(spec.note[this.lang], data) } : {}),
    };
    this.diagnostics.push(diagnostic);
    return diagnostic;
  }
}
