/** Split a document body into its `##` sections. */
import type { Heading, Root, RootContent } from "mdast";
import { plainText } from "../util/mdast.js";
import { mdastToHtml, type MarkdownOptions } from "./markdown.js";
import type { Section } from "./types.js";

export interface SplitBody {
  /** Sanitised HTML of the content before the first `##` heading, if any. */
  preamble?: string;
  sections: Section[];
}

/** Split the body at depth-2 headings; the frontmatter node is skipped. */
export function splitSections(tree: Root, options: MarkdownOptions = {}): SplitBody {
  const preamble: RootContent[] = [];
  const groups: { heading: Heading; nodes: RootContent[] }[] = [];
  for (const node of tree.children) {
    if (node.type === "yaml") continue;
    if (node.type === "heading" && node.depth === 2) groups.push({ heading: node, nodes: [] });
    else (groups.at(-1)?.nodes ?? preamble).push(node);
  }
  const slugs = new Set<string>();
  const sections = groups.map(({ heading, nodes }) => {
    const text = plainText(heading).trim();
    return { heading: text, slug: uniqueSlug(slugify(text), slugs), html: mdastToHtml(nodes, options) };
  });
  return preamble.length > 0 ? { preamble: mdastToHtml(preamble, options), sections } : { sections };
}


/** ASCII slug for fragment ids: "Syfte med uppdraget" → "syfte-med-uppdraget". */
export function slugify(text: string): string {
  const slug = text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug || "avsnitt";
}

function uniqueSlug(base: string, taken: Set<string>): string {
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  taken.add(slug);
  return slug;
}
