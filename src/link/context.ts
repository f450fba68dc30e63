/**
 * What a link rule sees: every readable file, the registry built once, its options, and a `report`
 * that does the bookkeeping (which rule, which file, which place), as ESLint's `context.report`.
 */
import type { Nodes } from "mdast";
import type { Config } from "../config/types.js";
import type { Place } from "../diagnostics/diagnostic.js";
import { common, type Localised, type MessageValue } from "../diagnostics/messages.js";
import type { RawRelated, ReportSink } from "../diagnostics/reporter.js";
import { hasValidData, type DataPath, type Doc } from "../parse/doc.js";
import { placeOfPath } from "../parse/place.js";
import { placeOfNode, sourceOfNode } from "../util/mdast.js";
import type { RuleMeta } from "../diagnostics/rule.js";
import type { Origin, Registry } from "./registry.js";
import type { SourceFile } from "../load/source.js";

/** A link rule: metadata plus a check that runs once over every usable file, after the registry is built. */
export interface LinkRule<M extends string = string, P extends string = string> extends RuleMeta<M, P> {
  stage: "link";
  /**
   * `document`: what it finds in a document depends on that document, the registry, the config and
   * the date only, so it runs once per document (in a worker, cached with the document); its check
   * then sees `ctx.documents` as that one document. `corpus` (the default): it compares documents.
   */
  scope?: "document" | "corpus";
  check(ctx: RuleContext<M, P>): void;
  /**
   * A corpus rule that reads more than the files (git) may start reading once they are loaded, so
   * that it runs while the documents are checked; check() hands what this returns to the rule as
   * `ctx.readAhead` (undefined when it failed or was not run: the rule then reads for itself).
   */
  readAhead?(input: ReadAheadInput): Promise<unknown>;
}

export interface ReadAheadInput {
  /** Repository root (absolute). */
  root: string;
  cacheDir?: string;
  /** The documents as loaded, not yet parsed. */
  documents: readonly SourceFile[];
}

/**
 * Where a diagnostic points:
 * - `{ doc, path }`: a frontmatter (or registry) value, `key: true` for its key;
 * - `{ doc, node }`: a body node, in the document or in a shared text it includes;
 * - `{ file, place }`: a place already known, e.g. a registry entry's `origin` or a span of prose.
 */
export type Location =
  | { doc: Doc; path?: DataPath; key?: boolean; node?: undefined }
  | { doc: Doc; node: Nodes; path?: undefined }
  | { file: string; place?: Place; path?: DataPath; doc?: undefined };

type CommonPhrase = "firstDefined";

export type RuleReport<M extends string = string, P extends string = string> = Location & {
  messageId: M;
  data?: Record<string, MessageValue>;
  actual?: string;
  /** "Menade du …?" candidates, best first; the reporter writes the question. A phrase when the candidate has words ("punkt 6"). */
  expected?: MessageValue[];
  /** Other places that explain this one, each with a phrase of the rule (or a common one). */
  related?: (Location & { phrase: P | CommonPhrase; data?: Record<string, MessageValue> })[];
};

/** What rules need to know of a document type. */
export interface TypeFacts {
  type: string;
  /** The type's name in running text ("uppdragshandling"). */
  name: Localised;
  /** Template headings of the body, in order. */
  sections?: readonly SectionSpec[];
}

export interface SectionSpec {
  depth: 2 | 3;
  /** The heading as the template writes it ("Samband och gränsdragning …"). */
  name: string;
  /** The originals vary the tail of some headings. */
  matches: (text: string) => boolean;
  /** For depth 3: the h2 it belongs under. */
  parent?: string;
}

export interface RuleContext<M extends string = string, P extends string = string> {
  /** Documents that could be read; each may or may not match its schema (see parse/doc.ts). */
  documents: Doc[];
  registryFiles: Doc[];
  registry: Registry;
  /** Today's date, YYYY-MM-DD (Swedish time), for rules about validity; fixed in tests. */
  today: string;
  /** Repository root (absolute), for corpus rules that read its git history; absent for per-document rules. */
  root?: string;
  /** The cache folder, where such a rule may keep what it read of git; absent with --no-cache. */
  cacheDir?: string;
  /** What the rule's readAhead read, when it ran. */
  readAhead?: unknown;
  config: Config;
  /** The rule's options: its defaults, overridden by mandat.config.json. */
  options: Record<string, unknown>;
  types: ReadonlyMap<string, TypeFacts>;
  /** Documents of one type whose data matches its schema, with the data typed. */
  ofType<T>(type: string): { doc: Doc; data: T }[];
  /** A field of a registry entry (whose `origin` points at its id), as a Location: `entryField(origin, "parent")`. */
  entryField(origin: Origin, key: string): Location;
  /** One of the rule's phrases, for a placeholder whose words depend on the language. */
  phrase(id: P): Localised;
  report(report: RuleReport<M, P>): void;
  /** The repository's CODEOWNERS, when the whole corpus is checked (see LinkInput). */
  codeowners?: { root: string; path: string; value?: string };
}

export interface LinkInput {
  /** The repository's CODEOWNERS when the whole corpus is checked (value undefined: there is none). */
  codeowners?: { root: string; path: string; value?: string };
  documents: Doc[];
  registryFiles: Doc[];
  registry: Registry;
  today: string;
  /** Repository root; given to corpus rules only (per-document results are cached without it). */
  root?: string;
  /** The cache folder (.mandat-cache/), unless the run keeps no cache. */
  cacheDir?: string;
  /** What each rule's readAhead read, by rule id (see startReadAhead). */
  readAhead?: ReadonlyMap<string, unknown>;
  config: Config;
  types: ReadonlyMap<string, TypeFacts>;
}

/** Resolve a Location to the file and place a diagnostic names. */
export function resolveLocation(at: Location): { file: string; place?: Place; path?: DataPath } {
  if (at.doc && at.node) return { file: sourceOfNode(at.node) ?? at.doc.path, place: placeOfNode(at.node) };
  if (at.doc) {
    const path = at.path ?? [];
    return { file: at.doc.path, place: placeOfPath(at.doc, path, at.key), ...(at.path && { path: at.path }) };
  }
  return { file: at.file, ...(at.place && { place: at.place }), ...(at.path && { path: at.path }) };
}

export function createContext<M extends string, P extends string>(rule: LinkRule<M, P>, input: LinkInput, reporter: ReportSink): RuleContext<M, P> {
  const phrases = (rule.phrases ?? {}) as Record<string, Localised>;
  const phraseOf = (id: string): Localised => {
    const text = phrases[id] ?? (common as unknown as Record<string, Localised>)[id];
    if (!text) throw new Error(`Rule \`${rule.id}\` has no phrase \`${id}\``);
    return text;
  };
  const userOptions = input.config.ruleOptions[rule.id] ?? {};
  return {
    documents: input.documents,
    ...(input.codeowners && { codeowners: input.codeowners }),
    registryFiles: input.registryFiles,
    registry: input.registry,
    today: input.today,
    ...(input.root !== undefined && { root: input.root }),
    ...(input.cacheDir !== undefined && { cacheDir: input.cacheDir }),
    ...(input.readAhead?.has(rule.id) && { readAhead: input.readAhead.get(rule.id) }),
    config: input.config,
    options: { ...(rule.options?.defaults ?? {}), ...userOptions },
    types: input.types,
    ofType: <T>(type: string) => input.documents.filter((d) => d.type === type && hasValidData(d)).map((doc) => ({ doc, data: doc.data as T })),
    phrase: (id) => phraseOf(id),
    entryField(origin, key) {
      const doc = input.registryFiles.find((f) => f.path === origin.file);
      return doc ? { doc, path: [origin.path[0]!, key] } : origin;
    },
    report(r) {
      const { messageId, data, actual, expected, related } = r;
      const where = resolveLocation(r);
      reporter.report(rule, {
        ...where,
        messageId,
        ...(data && { data }),
        ...(actual !== undefined && { actual }),
        ...(expected?.length && { expected }),
        ...(related?.length && {
          related: related.map((x): RawRelated => {
            const at = resolveLocation(x);
            return { file: at.file, ...(at.place && { place: at.place }), text: phraseOf(x.phrase), ...(x.data && { data: x.data }) };
          }),
        }),
      });
    },
  };
}
