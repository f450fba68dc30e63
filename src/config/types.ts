/** The shape of mandat.config.json once read and validated (see schemas/config.schema.json). */
import type { Lang } from "../diagnostics/messages.js";
import type { RuleSeverity } from "../diagnostics/rule.js";

/** How much input mandat accepts; anything beyond is a `limits` diagnostic, never a hang or a crash. */
export interface Limits {
  /** Largest file (document, registry file, shared text, the config) in bytes. */
  maxFileBytes: number;
  /** All files of one check together, in bytes. */
  maxTotalBytes: number;
  /** Deepest nesting of lists, block quotes, emphasis and links in Markdown, and of YAML collections. */
  maxDepth: number;
  /** Most YAML aliases (`*name`) one file may expand. */
  maxYamlAliases: number;
  /** Longest time one document's HTML may take to render in a build, in seconds. */
  maxRenderSeconds: number;
  /** Longest time one document may take to print to PDF in a build, in seconds (`--print-timeout` overrides it). */
  maxPrintSeconds: number;
}

export const DEFAULT_LIMITS: Limits = {
  maxFileBytes: 1024 * 1024,
  maxTotalBytes: 200 * 1024 * 1024,
  maxDepth: 100,
  maxYamlAliases: 50,
  maxRenderSeconds: 10,
  maxPrintSeconds: 60,
};

export interface Config {
  lang?: Lang;
  /** Severity per rule id, when the config changes it. */
  rules: Record<string, RuleSeverity>;
  /** Options per rule id, as written in the config (defaults are the rule's own). */
  ruleOptions: Record<string, Record<string, unknown>>;
  /** Domains that http(s) links in document bodies may point to (subdomains included). */
  links?: { allowedDomains: string[] };
  /** The limits the config changes (the others are DEFAULT_LIMITS). */
  limits?: Partial<Limits>;
}

export const EMPTY_CONFIG: Config = { rules: {}, ruleOptions: {} };

/** The limits in force: the config's, else the defaults. */
export function limitsOf(config: Config | undefined): Limits {
  return { ...DEFAULT_LIMITS, ...config?.limits };
}
