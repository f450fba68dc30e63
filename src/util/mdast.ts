/** Reading Markdown trees: plain text, tree walking, headings and node places, for every stage. */
import type { Heading, Nodes, Root } from "mdast";
import { toString } from "mdast-util-to-string";
import type { Place } from "../diagnostics/diagnostic.js";

export { visit, SKIP, CONTINUE } from "unist-util-visit";

/** The text content of a node without markup; raw HTML and image alt texts contribute nothing. */
export function plainText(node: Nodes): string {
  return toString(node, { includeHtml: false, includeImageAlt: false });
}

/** The place of a node, or undefined for a node without a position (a rule must not invent one). */
export function placeOfNode(node: Nodes): Place | undefined {
  const p = node.position;
  if (!p) return undefined;
  return {
    start: { line: p.start.line, column: p.start.column, ...(p.start.offset !== undefined && { offset: p.start.offset }) },
    end: { line: p.end.line, column: p.end.column, ...(p.end.offset !== undefined && { offset: p.end.offset }) },
  };
}

/** Included nodes carry the display path of the shared text they were written in (parse/include.ts). */
export function sourceOfNode(node: Nodes): string | undefined {
  const source = (node.data as { source?: unknown } | undefined)?.source;
  return typeof source === "string" ? source : undefined;
}

export interface HeadingInfo {
  node: Heading;
  /** Position among the body's top-level nodes; positions of included nodes are in other files. */
  index: number;
  depth: number;
  /** Plain text, whitespace collapsed. */
  text: string;
}

/** The top-level headings of a body, in order. */
export function headings(tree: Root): HeadingInfo[] {
  return tree.children.flatMap((node, index) =>
    node.type === "heading" ? [{ node, index, depth: node.depth, text: plainText(node).trim().replace(/\s+/g, " ") }] : [],
  );
}

/** Where to point when something is missing from the body: the first body node, else the end of the frontmatter. */
export function bodyStart(tree: Root): Place | undefined {
  const first = tree.children.find((n) => n.type !== "yaml") ?? tree.children[0];
  if (!first?.position) return undefined;
  const point = first.type === "yaml" ? first.position.end : first.position.start;
  return { start: { line: point.line, column: point.column } };
}
