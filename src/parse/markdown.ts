/**
 * The one Markdown processor: CommonMark + GFM + YAML frontmatter, for documents and shared texts alike.
 *
 * Parsing is most of a cold check, so two shortcuts are taken, each giving the tree the full
 * processor gives (tests/parse/markdown.test.ts compares them):
 * - The frontmatter is found here, by the rules micromark-extension-frontmatter follows, and only
 *   the text after it is parsed; the positions are then moved to where that text starts. micromark
 *   reads a frontmatter character by character, and it is most of a document's bytes.
 * - GFM's extensions are used only for a text with a character one of their constructs needs.
 *   Without one, CommonMark alone makes the same tree in about half the time.
 * Anything unusual (a byte order mark, an opening fence that is never closed) takes the full
 * processor. (With a fence never closed, micromark's footnotes do not work after it:
 * "[^1]" is a link reference there. The tree stays as it was.)
 */
import type { Point, Position } from "unist";
import type { Nodes, Root, Yaml } from "mdast";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";

const commonmark = unified().use(remarkParse).freeze();
const gfm = unified().use(remarkParse).use(remarkGfm).freeze();
const withFrontmatter = unified().use(remarkParse).use(remarkFrontmatter, ["yaml"]).use(remarkGfm).freeze();

/**
 * A superset of what a GFM construct needs: a table (a pipe, or the colon of an aligned delimiter
 * row, which needs no pipe: "a\n:--"), strikethrough, a footnote, a task list item, an autolink
 * literal (an e-mail address, www., http:, https:; the letters in any case).
 */
const GFM_TRIGGER = /[|~@]|:-|-:|\[\^|\[[\sxX]\]|www\.|https?:/i;

/** Parse Markdown; in a document (not a shared text) a leading `---` block becomes a `yaml` node. */
export function parseMarkdown(text: string, options: { frontmatter: boolean } = { frontmatter: true }): Root {
  if (!options.frontmatter) return parseBody(text);
  const matter = findFrontmatter(text);
  if (matter === "unusual") return withFrontmatter.parse(text) as Root;
  if (matter === undefined) return parseBody(text);
  const root = parseBody(text.slice(matter.end));
  const shift = shifter(matter);
  for (const child of root.children) move(child, shift);
  const end = shift(root.position!.end);
  const yaml: Yaml = {
    type: "yaml",
    // Up to the line ending before the closing fence (none: an empty frontmatter).
    value: text.slice(matter.valueStart, Math.max(matter.valueStart, matter.closeStart - (text.startsWith("\r\n", matter.closeStart - 2) ? 2 : 1))),
    position: { start: { line: 1, column: 1, offset: 0 }, end: { line: matter.closeLine, column: matter.end - matter.closeStart + 1, offset: matter.end } },
  };
  root.children.unshift(yaml);
  root.position = { start: { line: 1, column: 1, offset: 0 }, end };
  return root;
}

function parseBody(text: string): Root {
  return (GFM_TRIGGER.test(text) ? gfm : commonmark).parse(text) as Root;
}

interface Frontmatter {
  /** Offset of the first line after the opening fence. */
  valueStart: number;
  /** Offset and line (1-based) of the closing fence. */
  closeStart: number;
  closeLine: number;
  /** Offset of the end of the closing fence's line (before its line ending). */
  end: number;
}

const OPENING_FENCE = /^---[ \t]*(?:\r\n|\r|\n)/;
const CLOSING_FENCE = /^---[ \t]*$/;

/**
 * As micromark-extension-frontmatter: `---` (spaces or tabs after it) as the first line, and the
 * next line that is `---` (the same) closes it; lines end as in Markdown (LF, CR LF or CR). Without
 * a closing fence there is none, but the text is then "unusual" (see above).
 */
function findFrontmatter(text: string): Frontmatter | undefined | "unusual" {
  if (text.charCodeAt(0) === 0xfeff) return "unusual";
  const open = OPENING_FENCE.exec(text);
  if (!open) return undefined;
  const valueStart = open[0].length;
  const lineEnding = /\r\n|\r|\n/g;
  for (let start = valueStart, line = 2; ; line++) {
    lineEnding.lastIndex = start;
    const ending = lineEnding.exec(text);
    const end = ending ? ending.index : text.length;
    if (text.startsWith("---", start) && CLOSING_FENCE.test(text.slice(start, end))) return { valueStart, closeStart: start, closeLine: line, end };
    if (!ending) return "unusual";
    start = end + ending[0].length;
  }
}

/** Where a point of the text after the frontmatter is in the whole text: its first line is the rest of the closing fence's line. */
function shifter(matter: Frontmatter): (point: Point) => Point {
  const lines = matter.closeLine - 1;
  const columns = matter.end - matter.closeStart;
  return (point) =>
    point.line === 1
      ? { line: matter.closeLine, column: point.column + columns, offset: (point.offset ?? 0) + matter.end }
      : { line: point.line + lines, column: point.column, offset: (point.offset ?? 0) + matter.end };
}

function move(node: Nodes, shift: (point: Point) => Point): void {
  const position: Position | undefined = node.position;
  if (position) node.position = { start: shift(position.start), end: shift(position.end) };
  if ("children" in node) for (const child of node.children) move(child, shift);
}
