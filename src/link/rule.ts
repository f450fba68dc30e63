/** Define a link rule (see LinkRule in context.ts): metadata plus a check over every usable file. */
import type { Localised } from "../diagnostics/messages.js";
import type { LinkRule } from "./context.js";

export type { LinkRule };

export function defineRule<M extends string, P extends string = never>(
  rule: LinkRule<M, P>,
): LinkRule<M, P> & { phrases: Record<P, Localised> } {
  return { ...rule, phrases: rule.phrases ?? ({} as Record<P, Localised>) };
}
