/**
 * Turns a rule's report into a Diagnostic: the configured severity, the message in the chosen
 * language, "Menade du …?" from `expected`, and the related places' texts. The one place that does.
 */
import type { Diagnostic, Place } from "./diagnostic.js";
import { common, interpolate, localise, type Lang, type Localised, type MessageValue } from "./messages.js";
import type { RuleMeta, RuleSeverity } from "./rule.js";

/** A related place: the text is one of the rule's phrases, or a catalogue text. */
export interface RawRelated {
  file: string;
  place?: Place;
  text: Localised;
  data?: Record<string, MessageValue>;
}

/** What a stage or rule says, before the reporter turns it into a Diagnostic. */
export interface RawReport {
  file: string;
  place?: Place;
  path?: (string | number)[];
  messageId: string;
  data?: Record<string, MessageValue>;
  actual?: string;
  /** Candidates for "Menade du …?", best first; the reporter appends the question to the message. */
  expected?: MessageValue[];
  related?: RawRelated[];
  fatal?: boolean;
}

/** Where stages and rules send what they find. */
export interface ReportSink {
  report(rule: RuleMeta, r: RawReport): unknown;
}

/** A report as found, before a language and a severity are chosen: what a worker returns and the cache keeps. */
export interface RecordedReport {
  ruleId: string;
  raw: RawReport;
}

/** Keeps reports as found, to be replayed through a Reporter later (in the main thread, from the cache). */
export class Recorder implements ReportSink {
  readonly reports: RecordedReport[] = [];

  report(rule: RuleMeta, raw: RawReport): void {
    this.reports.push({ ruleId: rule.id, raw });
  }
}

export class Reporter implements ReportSink {
  readonly diagnostics: Diagnostic[] = [];

  constructor(
    readonly lang: Lang = "sv",
    private readonly severities: Record<string, RuleSeverity> = {},
  ) {}

  severityOf(rule: Pick<RuleMeta, "id" | "severity">): RuleSeverity {
    return this.severities[rule.id] ?? rule.severity;
  }

  /** What decides how a report is rendered here: the language and the severities (a rendered diagnostic may be reused under the same). */
  get signature(): string {
    return (this.#signature ??= JSON.stringify([this.lang, this.severities]));
  }
  #signature: string | undefined;

  report(rule: RuleMeta, r: RawReport): Diagnostic | undefined {
    const diagnostic = this.render(rule, r);
    if (diagnostic) this.diagnostics.push(diagnostic);
    return diagnostic;
  }

  /** The diagnostic a report becomes here (undefined when its rule is off), without adding it. */
  render(rule: RuleMeta, r: RawReport): Diagnostic | undefined {
    const severity = this.severityOf(rule);
    if (severity === "off") return undefined;
    const spec = rule.messages[r.messageId];
    if (!spec) throw new Error(`Rule \`${rule.id}\` has no message \`${r.messageId}\``);
    const lang = this.lang;
    const data = r.data ?? {};
    const plainData: Record<string, string> = {};
    for (const key of Object.keys(data)) plainData[key] = data[key] === undefined ? "{{v}}" : localise(data[key]!, lang);
    let message = interpolate(spec[lang], data, lang);
    const expected = r.expected?.map((c) => localise(c, lang));
    if (expected?.length) {
      message += " " + interpolate(common.didYouMean[lang], { candidates: expected.join(common.or[lang]) }, lang);
    }
    const diagnostic: Diagnostic = {
      file: r.file,
      ...(r.place && { place: r.place }),
      ruleId: rule.id,
      severity,
      ...(r.fatal && { fatal: true }),
      message,
      messageId: r.messageId,
      data: plainData,
      ...(r.path && { path: r.path }),
      ...(r.actual !== undefined && { actual: r.actual }),
      ...(expected?.length && { expected }),
      ...(spec.note && { note: interpolate(spec.note[lang], data, lang) }),
      ...(r.related?.length && {
        related: r.related.map((x) => ({ file: x.file, ...(x.place && { place: x.place }), message: interpolate(x.text[lang], x.data ?? {}, lang) })),
      }),
    };
    return diagnostic;
  }
}
