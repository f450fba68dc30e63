/**
 * A document type is one module: its `type` value, its schema, its template headings, its view and
 * letter template, its PDF metadata and its place on the register. The pipeline iterates over the
 * list in doctypes/index.ts; adding a type is a folder and a line there.
 */
import type { Localised } from "../diagnostics/messages.js";
import type { DocumentMeta, RenderInput } from "../html/types.js";
import type { MarkdownOptions } from "../html/markdown.js";
import type { SectionSpec, TypeFacts } from "../link/context.js";
import type { Registry } from "../link/registry.js";

/** A document's line on the site's register. */
export interface RegisterEntry {
  /** The group the document belongs to (a registry id). */
  group: string;
  title: string;
  /** The date it is listed by, newest first (a decision date, a meeting date). */
  date: string;
  /** More columns, for types listed in the groups table. */
  diarienummer?: string;
}

export interface DocType<D = unknown> extends TypeFacts {
  /** The frontmatter `type` value, e.g. "uppdragshandling". */
  type: string;
  /** The type's name in running text, and its plural as a heading on the register. */
  name: Localised;
  plural: Localised;
  /** The JSON Schema of its frontmatter. */
  schema: URL;
  sections?: readonly SectionSpec[];
  /**
   * Handlebars partial that renders the letter's content from `{ view, groupName, showGroup }`,
   * registered under `partial.name`; the PDF and the site page both wrap it.
   */
  partial: { name: string; file: URL };
  /**
   * How the register lists it: `groups` fills the groups table's document columns (the mandate),
   * `byGroup` gets a section of its own with a list per group (meeting notes).
   */
  register: "groups" | "byGroup";
  /** The plain-data view its partial renders; every id resolved to a name. */
  view(input: RenderInput<D>, registry: Registry, options: MarkdownOptions): object;
  /** Title, subject, keywords and date for the PDF's information dictionary. */
  meta(input: RenderInput<D>, registry: Registry): DocumentMeta;
  entry(input: RenderInput<D>): RegisterEntry;
  /**
   * Whether `build --sign` signs the document's PDF, and the signature's reason (the decision it
   * carries). Undefined, or a type without it: not signed.
   */
  signing?(input: RenderInput<D>, registry: Registry): { reason: string } | undefined;
}

const indexes = new WeakMap<readonly DocType[], ReadonlyMap<string, DocType>>();

/** The types by their `type` value, made once per list. */
export function byType(types: readonly DocType[]): ReadonlyMap<string, DocType> {
  let index = indexes.get(types);
  if (!index) indexes.set(types, (index = new Map(types.map((t) => [t.type, t]))));
  return index;
}

/** Type-checks a document type against its data type. */
export function defineDocType<D>(type: DocType<D>): DocType<D> {
  return type;
}
