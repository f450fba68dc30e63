/** Markdown (mdast) to sanitised HTML: raw HTML never reaches the output. */
import type { Nodes, Root, RootContent } from "mdast";
import rehypeSanitize from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";

// No allowDangerousHtml: `html` nodes are dropped by remark-rehype, and rehype-sanitize
// (GitHub's schema) then removes whatever unsafe markup or URL protocol is left.
const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype, {
    footnoteLabel: "Fotnoter",
    footnoteBackLabel: (index: number) => `Tillbaka till hänvisning ${index + 1}`,
  })
  .use(rehypeSanitize)
  .use(rehypeStringify)
  .freeze();

/** Where a `grupp:<id>` link goes: a URL (the group's page on the site), or undefined for plain text. */
export type GroupHref = (groupId: string) => string | undefined;

export interface MarkdownOptions {
  /** Without it (the PDF) every group link is plain text. */
  groupHref?: GroupHref;
}

const GROUP_SCHEME = "grupp:";

/** Render mdast nodes (a root or a run of its children) as sanitised HTML. */
export function mdastToHtml(nodes: Root | readonly RootContent[], options: MarkdownOptions = {}): string {
  const root: Root = "type" in nodes ? nodes : { type: "root", children: [...nodes] };
  // Group links are resolved on a copy before sanitising, so rehype-sanitize still has the last word.
  return processor.stringify(processor.runSync(resolveGroupLinks(root, options.groupHref)));
}

/**
 * `[Samordningsråd onkologi](grupp:samordningsrad-onkologi)` → a link to the group's page, or its text.
 * Returns a new tree; the parsed tree is shared by the checks and both renderings.
 */
function resolveGroupLinks<T extends Nodes>(node: T, groupHref: GroupHref | undefined): T {
  if (!("children" in node)) return node;
  const children = (node.children as Nodes[]).flatMap((child): Nodes[] => {
    if (child.type === "link" && child.url.toLowerCase().startsWith(GROUP_SCHEME)) {
      const href = groupHref?.(child.url.slice(GROUP_SCHEME.length));
      const inner = child.children.map((c) => resolveGroupLinks(c, groupHref));
      return href ? [{ ...child, url: href, children: inner }] : inner;
    }
    return [resolveGroupLinks(child, groupHref)];
  });
  return { ...node, children } as T;
}

/** Parse and render a Markdown string as sanitised HTML (GFM enabled). */
export function markdownToHtml(value: string): string {
  return String(processor.processSync(value));
}
