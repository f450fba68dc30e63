/**
 * A file as the stages after load see it: one record per document or registry file, filled in by
 * parse (data, trees) and validate (type, references), with one status that says what later
 * stages may use.
 */
import type { Root } from "mdast";
import type { SourceFile } from "../load/source.js";
import type { LineIndex } from "../util/lines.js";
import type { Place } from "../diagnostics/diagnostic.js";

export type DataPath = (string | number)[];

/** Offsets in the file: `[keyStart, keyEnd, valueStart, valueEnd]`, -1 where there is no key or value node. */
export type Span = [number, number, number, number];
/** Where each frontmatter key and value is, by data path (parse/place.ts). */
export type Places = Record<string, Span>;

/**
 * Why (a part of) a document is skipped by later stages:
 * - `unreadable`: no frontmatter, broken YAML, not a mapping; nothing of it is usable;
 * - `unknownType`: its `type` names no document type, so there is no schema for it;
 * - `schema`: the data does not match its schema; rules that read typed data skip it;
 * - `include`: shared text could not be included; rules that read the body skip it;
 * - `placeholder`: a placeholder of an included text has no value.
 * Anything skipped is never rendered.
 */
export type SkipReason = "unreadable" | "unknownType" | "schema" | "include" | "placeholder";

/** A reference the schema marks with x-mandat-ref, found while validating. */
export interface DocRef {
  kind: "person" | "role" | "group" | "organisation" | "document";
  id: string;
  path: DataPath;
}

export interface Doc {
  /** Display path: relative to the working directory, forward slashes. */
  path: string;
  source: SourceFile;
  lines: LineIndex;
  /** Offset of the YAML text within the file (after the opening ---; 0 for a registry file). */
  yamlOffset: number;
  /** Where each frontmatter key and value is (parse/place.ts); undefined when unreadable or position-free. */
  places?: Places;
  /** Frontmatter (or registry) as plain data; undefined when unreadable. */
  data: unknown;
  /** Markdown tree of a document, positions relative to the whole file. */
  tree?: Root;
  /** The document type (frontmatter `type`), once validate knows it. */
  type?: string;
  /** References found in the data, with the frontmatter path of each. */
  refs: DocRef[];
  /** Frontmatter paths of the strings the schema marks as prose (x-mandat-prose): what people wrote. */
  prose?: DataPath[];
  /** Diarienummer and group links written in running text (link/prose-refs.ts), found while the tree is at hand. */
  proseRefs?: { kind: "document" | "group"; id: string; file: string; place?: Place }[];
  /** Paragraphs and list items of the body (link/passages.ts), found while the tree is at hand. */
  passages?: Passage[];
  /** Empty when the document is usable as a whole. */
  skipped: SkipReason[];
}

/** A paragraph or list item of a body, folded to one line. */
export interface Passage {
  text: string;
  /** Display path of the file it is written in (a shared text's, for included text). */
  file: string;
  /** The shared text it was included from. */
  shared?: string;
  place?: Place;
}

export function skip(doc: Doc, reason: SkipReason): void {
  if (!doc.skipped.includes(reason)) doc.skipped.push(reason);
}

/** Its frontmatter was read (rules about what the data says may look at it, untyped). */
export function isReadable(doc: Doc): boolean {
  return !doc.skipped.includes("unreadable");
}

/** Its data matches its schema, so typed rules may read it. */
export function hasValidData(doc: Doc): boolean {
  return !doc.skipped.some((r) => r === "unreadable" || r === "unknownType" || r === "schema");
}

/** Its body is complete (every include was spliced in), so body rules may read it. */
export function hasCompleteBody(doc: Doc): doc is Doc & { tree: Root } {
  return doc.tree !== undefined && !doc.skipped.some((r) => r === "unreadable" || r === "include");
}

/** Nothing is skipped: it can be rendered. */
export function isRenderable(doc: Doc): doc is Doc & { tree: Root; type: string } {
  return doc.skipped.length === 0 && doc.tree !== undefined && doc.type !== undefined;
}
