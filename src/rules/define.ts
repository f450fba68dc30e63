/** The shape of a rule: metadata under a stable id, Swedish and English messages with {{placeholders}}. */
import type { Diagnostic } from "../diagnostics/diagnostic.js";

export type Lang = "sv" | "en";
export type RuleSeverity = "error" | "warning" | "off";

export interface Localised {
  sv: string;
  en: string;
}

export interface MessageSpec extends Localised {
  /** How to fix it, shown under the message. */
  note?: Localised;
}

/** Where a rule runs: inside the parse or validate stage, or as a check after all files are linked. */
export type RuleStage = "parse" | "validate" | "link";

export interface RuleMeta<M extends string = string> {
  id: string;
  severity: RuleSeverity;
  stage: RuleStage;
  description: Localised;
  messages: Record<M, MessageSpec>;
}

export interface Rule<M extends string = string, C = unknown> extends RuleMeta<M> {
  /** Absent for rules whose diagnostics come from a pipeline stage (parse, validate). */
  check?: (ctx: C) => void;
}

export function defineRule<M extends string, C = unknown>(rule: Rule<M, C>): Rule<M, C> {
  return rule;
}

/** Replace {{name}} with data.name; unknown placeholders stay visible so a missing value is noticed. */
export function interpolate(template: string, data: Record<string, string> = {}): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => data[name] ?? whole);
}

export type Report = Omit<Diagnostic, "ruleId" | "severity" | "message" | "note"> & {
  messageId: string;
  data?: Record<string, string>;
};
