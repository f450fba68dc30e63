/**
 * What checking one document leaves: plain data (no tree unless asked), with its reports as found
 * (no language, no severity yet). Kept apart from check/document.ts so that a run whose documents
 * all come from the cache never loads the parser, the schemas or the document rules.
 */
import type { RecordedReport } from "../diagnostics/reporter.js";
import type { SourceFile } from "../load/source.js";
import type { Doc } from "../parse/doc.js";
import { LineIndex } from "../util/lines.js";
import internal from "./internal.js";

/** A document's facts without its text (the caller has that) and without its tree. */
export type DocFacts = Omit<Doc, "source" | "lines" | "tree">;

export interface DocumentResult {
  facts: DocFacts;
  reports: RecordedReport[];
  /** Display paths of the shared texts it includes, directly or not. */
  shared: string[];
  /** Only with keepTree. */
  tree?: Doc["tree"];
}

/** What of a document is kept and sent between threads: everything but its text, line index and tree. */
export function factsOf(doc: Doc): DocFacts {
  const { source: _source, lines: _lines, tree: _tree, ...facts } = doc;
  return facts;
}

/** A document again from its result and its text (the tree only if the result kept it); `lines`: the text's line index, if one was made before. */
export function docOf(result: DocumentResult, source: SourceFile, lines = new LineIndex(source.value)): Doc {
  const doc = { source, lines, ...(result.tree && { tree: result.tree }) } as Doc;
  // Copied by descriptor, not spread: a cached result's places stay unparsed until a diagnostic needs them (check/pack.ts).
  return Object.defineProperties(doc, Object.getOwnPropertyDescriptors(result.facts));
}

/** The result holds an internal error (such a result is not cached: the next run tries again). */
export function isCrash(result: DocumentResult): boolean {
  return result.reports.some((r) => r.ruleId === internal.id);
}
