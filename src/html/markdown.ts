/** Markdown (mdast) to sanitised HTML: raw HTML never reaches the output. */
import type { Root, RootContent } from "mdast";
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

/** Render mdast nodes (a root or a run of its children) as sanitised HTML. */
export function mdastToHtml(nodes: Root | readonly RootContent[]): string {
  const root: Root = "type" in nodes ? nodes : { type: "root", children: [...nodes] };
  return processor.stringify(processor.runSync(root));
}

/** Parse and render a Markdown string as sanitised HTML (GFM enabled). */
export function markdownToHtml(value: string): string {
  return String(processor.processSync(value));
}
