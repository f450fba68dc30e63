/**
 * What every rule declares, wherever it runs: a stable id, a default severity, a one-line
 * description and its messages in every language. How a rule runs is its stage's business.
 */
import type { Localised, MessageSpec } from "./messages.js";

export type RuleSeverity = "error" | "warning" | "off";

/** Where a rule runs: inside the parse or validate stage, as a check after linking, or after suppression. */
export type RuleStage = "parse" | "validate" | "link";

export interface RuleMeta<M extends string = string, P extends string = string> {
  /** Equal to the module's file name; stable forever. */
  id: string;
  severity: RuleSeverity;
  stage: RuleStage;
  description: Localised;
  messages: Record<M, MessageSpec>;
  /** Texts a rule puts into messages (related-place texts, fragments), in every language. */
  phrases?: Record<P, Localised>;
  /** JSON Schema of the rule's options in mandat.config.json (`"rules": { "<id>": ["error", { … }] }`). */
  options?: { schema: object; defaults: Record<string, unknown> };
}

/** A rule whose diagnostics come from a stage (parse, validate, suppress) rather than a check of its own. */
export function defineMeta<M extends string, P extends string = never>(
  meta: RuleMeta<M, P>,
): RuleMeta<M, P> & { phrases: Record<P, Localised> } {
  return { ...meta, phrases: meta.phrases ?? ({} as Record<P, Localised>) };
}
