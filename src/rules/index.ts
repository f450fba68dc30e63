/** Every rule, in id order. Adding a rule = one module + one line in each list below. */
import type { LinkContext } from "../link/context.js";
import type { Rule } from "./define.js";
import agendaSections from "./agenda-sections.js";
import disableDirective from "./disable-directive.js";
import duplicateId from "./duplicate-id.js";
import frontmatter from "./frontmatter.js";
import referenceExists from "./reference-exists.js";
import requiredSections from "./required-sections.js";
import schema from "./schema.js";
import yamlSyntax from "./yaml-syntax.js";

export type LinkRule = Rule<string, LinkContext> & { check: (ctx: LinkContext) => void };

/** Rules that run after all files are linked, in the order they run. */
export const linkRules = [
  duplicateId,
  referenceExists,
  requiredSections,
  agendaSections,
] as LinkRule[];

/** All rules, for the rule list, config validation and documentation (sorted by id below). */
export const rules: Rule[] = ([
  agendaSections,
  disableDirective,
  duplicateId,
  frontmatter,
  referenceExists,
  requiredSections,
  schema,
  yamlSyntax,
] as Rule[]).sort((a, b) => (a.id < b.id ? -1 : 1));
