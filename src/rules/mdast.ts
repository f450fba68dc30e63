/** Small helpers for rules that read the Markdown body. */
import type { Heading, Nodes, Root } from "mdast";
import type { Place } from "../diagnostics/diagnostic.js";
import { plainText } from "../parse/text.js";

/**
 * The display path of the file a body node was written in: the document itself, or a shared text
 * it includes (the include step stamps `data.source` on the nodes it splices in).
 */
export function fileOfNode(node: Nodes, documentPath: string): string {
  const source = (node.data as { source?: unknown } | undefined)?.source;
  return typeof source === "string" ? source : documentPath;
}

export function placeOfNode(node: Nodes): Place | undefined {
  const p = node.position;
  if (!p) return undefined;
  return {
    start: { line: p.start.line, column: p.start.column, offset: p.start.offset },
    end: { line: p.end.line, column: p.end.column, offset: p.end.offset },
  };
}

export interface HeadingInfo {
  node: Heading;
  /** Position among the body's top-level nodes; positions of included nodes are in other files. */
  index: number;
  depth: number;
  text: string;
}

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
