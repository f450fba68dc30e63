/** Markdown (mdast) to sanitised HTML: raw HTML never reaches the output. */
import type { Nodes, Root, RootContent } from "mdast";
import rehypeSanitize from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { groupLinkId } from "../link/prose-refs.js";

// Runs on trees the parse stage made (parse/markdown.ts is the one parser): mdast → hast → HTML.
// No allowDangerousHtml: `html` nodes are dropped by remark-rehype, and rehype-sanitize
// (GitHub's schema) then removes whatever unsafe markup or URL protocol is left.
const processor = unified()
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
    const groupId = child.type === "link" ? groupLinkId(child.url) : undefined;
    if (child.type === "link" && groupId !== undefined) {
      const href = groupHref?.(groupId);
      const inner = child.children.map((c) => resolveGroupLinks(c, groupHref));
      return href ? [{ ...child, url: href, children: inner }] : inner;
    }
    return [resolveGroupLinks(child, groupHref)];
  });
  return { ...node, children } as T;
}
