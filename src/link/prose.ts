/**
 * The running text of a document that rules read for names and references: the Markdown body's text
 * (link texts included) and the free-text strings of the frontmatter (`text`, `title`, `area` …),
 * each with a way to place a span of it exactly in the file where it was written.
 */
import type { Definition, Image, Link, Nodes } from "mdast";
import type { Place, Point } from "../diagnostics/diagnostic.js";
import type { DataPath, Doc } from "../parse/doc.js";
import { placeOfPath, spanOf } from "../parse/place.js";
import { placeOfNode, SKIP, sourceOfNode, visit } from "../util/mdast.js";

export interface ProseText {
  value: string;
  /** Display path of the file it was written in (a shared text's, for included body nodes). */
  file: string;
  /** Frontmatter path, for strings of the frontmatter. */
  path?: DataPath;
  /** Place of `value.slice(offset, offset + length)`: exact when the source allows, else the whole text. */
  placeOf(offset: number, length: number): Place | undefined;
}

export interface BodyLink {
  url: string;
  node: Link | Image | Definition;
  file: string;
  place?: Place;
}

/** Body nodes whose content is not prose: code is quoted verbatim, raw HTML never reaches the output. */
const NOT_PROSE = new Set(["yaml", "code", "inlineCode", "html"]);

export function proseTexts(file: Doc): ProseText[] {
  // Five rules and the prose references ask for the same document's texts: walked once per tree and data.
  const kept = proseOf.get(file);
  if (kept && kept.tree === file.tree && kept.data === file.data && kept.prose === file.prose) return [...kept.texts];
  const texts = [...frontmatterTexts(file), ...bodyTexts(file)];
  proseOf.set(file, { tree: file.tree, data: file.data, prose: file.prose, texts });
  return [...texts];
}

const proseOf = new WeakMap<Doc, { tree: Doc["tree"]; data: Doc["data"]; prose: Doc["prose"]; texts: ProseText[] }>();

/** Every string of a document's frontmatter that its schema marks as prose (x-mandat-prose), in file order. */
export function frontmatterTexts(file: Doc): ProseText[] {
  if (file.source.kind !== "document" || !file.prose?.length) return [];
  const prose = new Set(file.prose.map((p) => JSON.stringify(p)));
  const out: ProseText[] = [];
  const walk = (value: unknown, path: DataPath) => {
    if (typeof value === "string") {
      if (prose.has(JSON.stringify(path)) && value.trim()) out.push(frontmatterText(file, value, path));
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => walk(item, [...path, i]));
    } else if (typeof value === "object" && value !== null) {
      for (const [key, child] of Object.entries(value)) walk(child, [...path, key]);
    }
  };
  walk(file.data, []);
  return out;
}

function frontmatterText(file: Doc, value: string, path: DataPath): ProseText {
  return {
    value,
    file: file.path,
    path,
    placeOf(offset, length) {
      const range = spanOf(file, path).value;
      const exact = range && locate(file, range[0], range[1], value, offset, length);
      return exact ?? placeOfPath(file, path);
    },
  };
}

/** The text nodes of the body, in document order. */
export function bodyTexts(file: Doc): ProseText[] {
  if (!file.tree) return [];
  const out: ProseText[] = [];
  walk(file, (node) => {
    if (node.type !== "text") return;
    const where = sourceOfNode(node) ?? file.path;
    const own = where === file.path;
    out.push({
      value: node.value,
      file: where,
      placeOf(offset, length) {
        const p = node.position;
        if (!p || p.start.offset === undefined || p.end.offset === undefined) return placeOfNode(node);
        // In the document itself the source is at hand; an included shared text's is not, but a text
        // node as long as its source is written as is (no escapes, no indentation stripped).
        const exact = own
          ? locate(file, p.start.offset, p.end.offset, node.value, offset, length)
          : p.end.offset - p.start.offset === node.value.length
            ? { start: pointIn(node.value, p.start, offset), end: pointIn(node.value, p.start, offset + length) }
            : undefined;
        return exact ?? placeOfNode(node);
      },
    });
  });
  return out;
}

/** Links, images and link definitions of the body with their URLs. */
export function bodyLinks(file: Doc): BodyLink[] {
  if (!file.tree) return [];
  const out: BodyLink[] = [];
  walk(file, (node) => {
    if (node.type === "link" || node.type === "image" || node.type === "definition") {
      out.push({ url: node.url, node, file: sourceOfNode(node) ?? file.path, place: placeOfNode(node) });
    }
  });
  return out;
}

/** The point `offset` characters into a value written verbatim from `start` on. */
function pointIn(value: string, start: { line: number; column: number; offset?: number }, offset: number): Point {
  const before = value.slice(0, offset);
  const breaks = before.split("\n").length - 1;
  const column = breaks === 0 ? start.column + offset : offset - before.lastIndexOf("\n");
  return { line: start.line + breaks, column, ...(start.offset !== undefined && { offset: start.offset + offset }) };
}

/** Every prose node of the body, in document order. */
function walk(file: Doc, fn: (node: Nodes) => void): void {
  if (!file.tree) return;
  visit(file.tree, (node) => {
    if (NOT_PROSE.has(node.type)) return SKIP;
    fn(node as Nodes);
    return undefined;
  });
}

/**
 * Where `value.slice(offset, offset + length)` is in the file, given that `value` was written between
 * `start` and `end`. The source may differ from the value (a folded YAML line, a list item's
 * indentation, an escape): the span is found as the same occurrence of the same words, with any
 * whitespace in between. Undefined when that is ambiguous.
 */
function locate(file: Doc, start: number, end: number, value: string, offset: number, length: number): Place | undefined {
  const source = file.source.value.slice(start, end);
  const needle = value.slice(offset, offset + length);
  if (!needle.trim()) return undefined;
  const pattern = new RegExp(
    needle
      .trim()
      .split(/\s+/)
      .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
      .join("\\s+"),
    "g",
  );
  const inValue = [...value.matchAll(pattern)];
  const inSource = [...source.matchAll(pattern)];
  if (inValue.length === 0 || inValue.length !== inSource.length) return undefined;
  const lead = needle.length - needle.trimStart().length;
  const k = inValue.findIndex((m) => m.index === offset + lead);
  const hit = inSource[k];
  if (k < 0 || !hit) return undefined;
  const from = start + hit.index;
  return { start: file.lines.point(from), end: file.lines.point(from + hit[0].length) };
}
