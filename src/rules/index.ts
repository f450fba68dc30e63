/** Every rule, in id order. Adding a rule = one module + one line here. */
import type { LinkContext } from "../link/context.js";
import type { Rule } from "./define.js";
import duplicateId from "./duplicate-id.js";
import frontmatter from "./frontmatter.js";
import schema from "./schema.js";
import yamlSyntax from "./yaml-syntax.js";

export type LinkRule = Rule<string, LinkContext> & { check: (ctx: LinkContext) => void };

/** Rules that run after all files are linked, in the order they run. */
export const linkRules: LinkRule[] = [];

export const rules: Rule<string, never>[] = [duplicateId, frontmatter, schema, yamlSyntax, ...linkRules].sort((a, b) =>
  a.id < b.id ? -1 : 1,
) as Rule<string, never>[];
