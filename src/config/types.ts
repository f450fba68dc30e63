/** The shape of mandat.config.json once read and validated (see schemas/config.schema.json). */
import type { Lang } from "../diagnostics/messages.js";
import type { RuleSeverity } from "../diagnostics/rule.js";

export interface Config {
  lang?: Lang;
  /** Severity per rule id, when the config changes it. */
  rules: Record<string, RuleSeverity>;
  /** Options per rule id, as written in the config (defaults are the rule's own). */
  ruleOptions: Record<string, Record<string, unknown>>;
  /** Domains that http(s) links in document bodies may point to (subdomains included). */
  links?: { allowedDomains: string[] };
}

export const EMPTY_CONFIG: Config = { rules: {}, ruleOptions: {} };
