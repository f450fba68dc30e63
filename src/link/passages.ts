/**
 * The paragraphs and list items of a document's body as folded text, with where each is and the
 * shared text it came from: what rules that compare documents' wording (shared-text-drift) read.
 * Found once while the tree is at hand and kept on the document (a cached document has no tree).
 */
import type { Nodes, RootContent } from "mdast";
import type { Passage } from "../parse/doc.js";
import { hasCompleteBody, type Doc } from "../parse/doc.js";
import { placeOfNode, plainText, sourceOfNode } from "../util/mdast.js";

/** Blocks shorter than this are template phrases, not passages. */
const MIN_BLOCK = 40;

export function passages(doc: Doc): Passage[] {
  doc.passages ??= findPassages(doc);
  return doc.passages;
}

function findPassages(doc: Doc): Passage[] {
  if (doc.type !== "uppdragshandling" || !hasCompleteBody(doc)) return [];
  const out: Passage[] = [];
  const add = (node: Nodes) => {
    const words = plainText(node).replace(/\s+/g, " ").trim();
    if (words.length < MIN_BLOCK) return;
    const shared = sourceOfNode(node);
    const place = placeOfNode(node);
    out.push({ text: words, file: shared ?? doc.path, ...(shared && { shared }), ...(place && { place }) });
  };
  for (const child of doc.tree.children as RootContent[]) {
    if (child.type === "paragraph" || child.type === "blockquote") add(child);
    else if (child.type === "list") for (const item of child.children) add(item);
  }
  return out;
}
