/** A link rule: metadata plus a check that runs once over every usable file, after the registry is built. */
import type { Localised } from "../diagnostics/messages.js";
import type { RuleMeta } from "../diagnostics/rule.js";
import type { RuleContext } from "./context.js";

export interface LinkRule<M extends string = string, P extends string = string> extends RuleMeta<M, P> {
  stage: "link";
  check(ctx: RuleContext<M, P>): void;
}

export function defineRule<M extends string, P extends string = never>(
  rule: LinkRule<M, P>,
): LinkRule<M, P> & { phrases: Record<P, Localised> } {
  return { ...rule, phrases: rule.phrases ?? ({} as Record<P, Localised>) };
}
