/** Markdown (mdast) to sanitised HTML: raw HTML never reaches the output. */
import type { Element as HastElement, Root as HastRoot } from "hast";
import type { Nodes, Root, RootContent } from "mdast";
import { createRequire } from "node:module";
import type { Processor } from "unified";
import { linkVerdict } from "../link/link-verdict.js";
import { groupLinkId } from "../link/prose-refs.js";

// Runs on trees the parse stage made (parse/markdown.ts is the one parser): mdast → hast → HTML.
// No allowDangerousHtml: `html` nodes are dropped by remark-rehype, and rehype-sanitize
// (GitHub's schema) then removes whatever unsafe markup or URL protocol is left.
type HastParent = HastRoot | HastElement;

let made: Processor<undefined, Root, HastRoot, HastRoot, string> | undefined;

/**
 * Made on first use, from modules loaded then: the document types' views import this module, and a
 * check (which never renders) should not pay for the HTML stack at start-up (about 0.1 s).
 * `require` of these ES modules is synchronous (Node ≥ 20.19), as rendering is.
 */
function processor() {
  if (made) return made;
  const require = createRequire(import.meta.url);
  const { unified } = require("unified") as typeof import("unified");
  const remarkRehype = (require("remark-rehype") as typeof import("remark-rehype")).default;
  const rehypeSanitize = (require("rehype-sanitize") as typeof import("rehype-sanitize")).default;
  const rehypeStringify = (require("rehype-stringify") as typeof import("rehype-stringify")).default;
  made = unified()
    .use(remarkRehype, {
      footnoteLabel: "Fotnoter",
      footnoteBackLabel: (index: number) => `Tillbaka till hänvisning ${index + 1}`,
    })
    .use(rehypeSanitize)
    .use(noExternalSources)
    .use(rehypeStringify)
    .freeze();
  return made;
}

/**
 * A page or PDF never fetches anything: an element whose `src` is absolute (`https:`, `//host`) is
 * replaced by its alt text. rehype-sanitize allows http(s) and protocol-relative sources; nothing
 * mandat renders should call out to another server (a tracking pixel, a spoofed logo).
 */
function noExternalSources() {
  const external = (src: unknown) => typeof src === "string" && /^[\s\u0000-\u001f]*(?:[a-z][a-z0-9+.-]*:|[\\/]{2})/i.test(src);
  const strip = (node: HastParent): void => {
    node.children = (node.children as HastElement["children"]).flatMap((child): HastElement["children"] => {
      if (child.type !== "element") return [child];
      if (external(child.properties?.src) || external(child.properties?.srcSet)) {
        const alt = child.properties?.alt;
        return typeof alt === "string" && alt !== "" ? [{ type: "text" as const, value: alt }] : [];
      }
      strip(child);
      return [child];
    }) as typeof node.children;
  };
  return (tree: HastRoot) => strip(tree);
}

/** Where a `grupp:<id>` link goes: a URL (the group's page on the site), or undefined for plain text. */
export type GroupHref = (groupId: string) => string | undefined;

export interface MarkdownOptions {
  /** Without it (the PDF) every group link is plain text. */
  groupHref?: GroupHref;
  /**
   * The allowed domains of external-link-domain: a link the checker rejects (another domain, a
   * look-alike, a mailto: to one, another scheme) is printed as its text, never as a live link, even
   * when its diagnostic is suppressed. Builds always pass it; without it links are not judged.
   */
  allowedDomains?: readonly string[];
}


/** Render mdast nodes (a root or a run of its children) as sanitised HTML. */
export function mdastToHtml(nodes: Root | readonly RootContent[], options: MarkdownOptions = {}): string {
  const root: Root = "type" in nodes ? nodes : { type: "root", children: [...nodes] };
  // Group links are resolved on a copy before sanitising, so rehype-sanitize still has the last word.
  const html = processor();
  const hast = html.runSync(resolveGroupLinks(root, options.groupHref));
  if (options.allowedDomains) unlinkRejected(hast, [...options.allowedDomains]);
  return html.stringify(hast);
}

/** `<a href>` whose target the checker rejects becomes its content: the words stay, the link goes. */
function unlinkRejected(node: HastParent, allowed: string[]): void {
  node.children = (node.children as HastElement["children"]).flatMap((child): HastElement["children"] => {
    if (child.type !== "element") return [child];
    unlinkRejected(child, allowed);
    const href = child.properties?.href;
    if (child.tagName === "a" && typeof href === "string" && !linkVerdict(href, allowed).ok) return child.children;
    return [child];
  }) as typeof node.children;
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
