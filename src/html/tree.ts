/**
 * A checked document's Markdown tree for rendering. The check keeps the tree of a document it parsed
 * in its own thread (check.ts keepTrees); a result from its cache or its worker threads is plain
 * facts, and the document is parsed again here from its text: that costs a fraction of checking it,
 * and lets the build use the check's cache and worker pool.
 *
 * The tree is made as the check made it (parse/index.ts parseFile): the same parser over the whole
 * file, then the same include resolver splicing in the shared texts and filling their placeholders
 * from the document's `values:` and `deviations:`. Only the YAML is not read again: the check's data
 * is at hand. Whatever the resolver reports was reported by the check already, so it is dropped here.
 */
import type { Root } from "mdast";
import type { SharedTexts } from "../load/shared.js";
import type { Doc } from "../parse/doc.js";
import { IncludeResolver } from "../parse/include.js";
import { parseMarkdown } from "../parse/markdown.js";

const DISCARD = { report: () => undefined };

/** The document's tree, with every include spliced in (the check's tree when it kept one). */
export function documentTree(doc: Doc, shared: SharedTexts): Root {
  if (doc.tree) return doc.tree;
  // A copy by descriptor (a cached result's places stay lazy, check/result.ts) with a tree of its own
  // and its own skip list: the resolver writes both, the check's document keeps neither.
  const copy = Object.defineProperties({} as Doc, Object.getOwnPropertyDescriptors(doc));
  copy.tree = parseMarkdown(doc.source.value);
  copy.skipped = [];
  new IncludeResolver(shared, DISCARD).resolve(copy);
  return copy.tree;
}
