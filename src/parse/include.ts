/**
 * Shared standard texts in the parse stage: `<!-- mandat:include <path> -->` on a line of its own is
 * replaced by the parsed Markdown of that file (read by load/shared.ts), and `{{name}}` placeholders
 * in it are filled from the including document's `values:`.
 *
 * Spliced nodes keep their positions in the shared file and carry `data.source` (its display path),
 * so every rule reports a problem in the shared text against the shared file (util/mdast.ts,
 * sourceOfNode). Values are substituted into text nodes after parsing: a value is always text, never
 * Markdown or HTML.
 */
import type { Nodes, Parent, Root, RootContent } from "mdast";
import type { Place } from "../diagnostics/diagnostic.js";
import type { RawRelated, RawReport, ReportSink } from "../diagnostics/reporter.js";
import { blockDirectiveTarget, looksLikeDirective } from "../load/include-directive.js";
import { emptySharedTexts, normaliseTarget, type SharedTexts } from "../load/shared.js";
import { closest } from "../util/closest.js";
import { LineIndex } from "../util/lines.js";
import { sourceOfNode, visit } from "../util/mdast.js";
import { skip, type Doc } from "./doc.js";
import { parseMarkdown } from "./markdown.js";
import includeRule from "./rules/include.js";
import { spanOf } from "./place.js";

/** `{{name}}`, `{{ name }}`; names are letters, digits, `_` and `-`. */
const PLACEHOLDER = /\{\{\s*([\p{L}\p{N}_-]+)\s*\}\}/gu;

type Values =
  | { kind: "none" }
  /** The frontmatter is unusable or `values` is not a map: the schema says so, stay quiet here. */
  | { kind: "unknown" }
  | { kind: "map"; strings: Map<string, string>; /** every key, string or not */ keys: Set<string> };

interface DocState {
  document: Doc;
  values: Values;
  /** Some text could not be included. */
  incomplete: boolean;
  /** Some placeholder has no value. */
  unfilled: boolean;
  used: Set<string>;
  missingReported: Set<string>;
}

interface SharedTree {
  root: Root;
  /** The shared text's directives that are not on a line of their own (reported for every document that includes it). */
  malformed: RawReport[];
}

// A shared text is parsed once per set of shared texts, however many documents (and resolvers) include it.
const parsedShared = new WeakMap<SharedTexts, Map<string, SharedTree>>();

function each(node: Nodes, fn: (node: Nodes, parent: Parent | undefined) => void): void {
  visit(node, (n, _index, parent) => fn(n as Nodes, parent as Parent | undefined));
}

function stamp(node: Nodes, source: string): void {
  each(node, (n) => {
    n.data = { ...(n.data ?? {}), source } as typeof n.data;
  });
}

/** The include path of a top-level block, if it is a well-formed directive. */
export function directiveTarget(node: RootContent): string | undefined {
  return node.type === "html" ? blockDirectiveTarget(node.value) : undefined;
}

function valuesOf(parsed: Doc): Values {
  const data = parsed.data;
  if (typeof data !== "object" || data === null || Array.isArray(data)) return { kind: "unknown" };
  const values = (data as Record<string, unknown>).values;
  if (values === undefined) return { kind: "none" };
  if (typeof values !== "object" || values === null || Array.isArray(values)) return { kind: "unknown" };
  const strings = new Map<string, string>();
  for (const [k, v] of Object.entries(values)) if (typeof v === "string") strings.set(k, v);
  return { kind: "map", strings, keys: new Set(Object.keys(values)) };
}

export class IncludeResolver {
  private readonly trees = new Map<string, SharedTree>();
  private readonly lineIndexes = new Map<string, LineIndex>();
  /** Problems in a shared text are reported once, however many documents include it. */
  private readonly reported = new Set<string>();
  /** Display paths of the shared texts some document included (directly or not), in order. */
  readonly used = new Set<string>();

  constructor(
    private readonly shared: SharedTexts,
    private readonly reporter: ReportSink,
  ) {}

  static none(reporter: ReportSink): IncludeResolver {
    return new IncludeResolver(emptySharedTexts(), reporter);
  }

  /**
   * Splice every include into the document's tree and fill its placeholders. Sets `incomplete` when
   * text is missing (not rendered, body rules skip it) and `unfilled` when a placeholder has no value.
   */
  resolve(parsed: Doc): void {
    const tree = parsed.tree;
    if (!tree) return;
    const doc = parsed.path;
    const state: DocState = {
      document: parsed,
      values: valuesOf(parsed),
      incomplete: false,
      unfilled: false,
      used: new Set(),
      missingReported: new Set(),
    };
    const malformed = this.malformedIn(tree, doc, parsed.lines);
    for (const r of malformed) this.report(r, false);
    if (malformed.length > 0) state.incomplete = true;
    const children: RootContent[] = [];
    for (const node of tree.children) {
      const target = directiveTarget(node);
      if (target === undefined) {
        children.push(node);
        continue;
      }
      const nodes = this.follow(node, target, doc, [doc], state);
      if (!nodes) {
        state.incomplete = true;
        children.push(node);
        continue;
      }
      this.fill(nodes, node, target, state);
      children.push(...nodes);
    }
    tree.children = children;
    if (children.some((c) => sourceOfNode(c))) this.applyDeviations(state, children);
    this.reportUnused(state);
    if (state.incomplete) skip(parsed, "include");
    if (state.unfilled) skip(parsed, "placeholder");
  }

  private lines(path: string): LineIndex {
    let index = this.lineIndexes.get(path);
    if (!index) {
      index = new LineIndex(this.shared.files.get(path)?.value ?? "");
      this.lineIndexes.set(path, index);
    }
    return index;
  }

  private report(report: RawReport, once: boolean): void {
    if (once) {
      const key = JSON.stringify([report.file, report.place?.start, report.messageId, report.data]);
      if (this.reported.has(key)) return;
      this.reported.add(key);
    }
    this.reporter.report(includeRule, report);
  }

  /** The place of the path inside a directive, or of the whole directive. */
  private directivePlace(node: RootContent, target: string | undefined, lines: LineIndex): Place | undefined {
    const p = node.position;
    if (p?.start.offset === undefined) return undefined;
    const at = target === undefined || node.type !== "html" ? -1 : node.value.indexOf(target);
    if (at < 0) return { start: lines.point(p.start.offset), ...(p.end.offset !== undefined && { end: lines.point(p.end.offset) }) };
    return { start: lines.point(p.start.offset + at), end: lines.point(p.start.offset + at + target!.length) };
  }

  /** Directives that are not blocks of their own, as reports. */
  private malformedIn(tree: Root, file: string, lines: LineIndex): RawReport[] {
    const found: RawReport[] = [];
    each(tree, (node, parent) => {
      if (node.type !== "html" || !looksLikeDirective(node.value)) return;
      if (parent === tree && directiveTarget(node) !== undefined) return;
      found.push({ file, place: this.directivePlace(node, undefined, lines), messageId: "malformed" });
    });
    return found;
  }

  /** Parsed (and stamped) once per shared text; callers clone it. Its malformed directives are reported once per resolver. */
  private sharedTree(path: string): SharedTree {
    this.used.add(path);
    let entry = this.trees.get(path);
    if (!entry) {
      let parsed = parsedShared.get(this.shared);
      if (!parsed) parsedShared.set(this.shared, (parsed = new Map()));
      entry = parsed.get(path);
      if (!entry) {
        const root = parseMarkdown(this.shared.files.get(path)!.value, { frontmatter: false });
        stamp(root, path);
        entry = { root, malformed: this.malformedIn(root, path, this.lines(path)) };
        parsed.set(path, entry);
      }
      this.trees.set(path, entry);
      for (const r of entry.malformed) this.report(r, true);
    }
    return entry;
  }

  /**
   * The nodes a directive in `from` stands for, includes inside them expanded, or undefined (after
   * reporting) when the target cannot be included. `chain` is the include path that led to `from`.
   */
  private follow(node: RootContent, target: string, from: string, chain: string[], state: DocState): RootContent[] | undefined {
    const inShared = from !== state.document.path;
    const lines = inShared ? this.lines(from) : state.document.lines;
    const place = this.directivePlace(node, target, lines);
    const base = { file: from, place, data: { path: target } };
    const resolved = this.shared.targets.get(target) ?? { status: "notFound" as const };
    if (resolved.status !== "ok") {
      if (resolved.status === "notFound") {
        const near = this.suggest(target);
        this.report({ ...base, messageId: "notFound", ...(near && { actual: target, expected: [near] }) }, inShared);
      } else this.report({ ...base, messageId: resolved.status }, inShared);
      return undefined;
    }
    const path = resolved.path;
    const seen = chain.indexOf(path);
    if (seen >= 0) {
      this.report({ ...base, messageId: "cycle", data: { path: target, chain: [...chain.slice(seen), path].join(" → ") } }, inShared);
      return undefined;
    }
    const shared = this.sharedTree(path);
    if (shared.malformed.length > 0) state.incomplete = true;
    const out: RootContent[] = [];
    for (const child of structuredClone(shared.root).children) {
      const inner = directiveTarget(child);
      if (inner === undefined) {
        out.push(child);
        continue;
      }
      const nodes = this.follow(child, inner, path, [...chain, path], state);
      if (nodes) out.push(...nodes);
      else state.incomplete = true;
    }
    return out;
  }

  private suggest(target: string): string | undefined {
    const normal = normaliseTarget(target);
    // The commonest slip: a path relative to mandates/ or to the document instead of the root.
    const suffix = this.shared.known.find((k) => k.endsWith(`/${normal.replace(/^(\.\.\/)+/, "")}`));
    return suffix ?? closest(normal, this.shared.known, 1)[0];
  }

  /** Fill the placeholders in the nodes one top-level directive brought in. */
  private fill(nodes: RootContent[], directive: RootContent, target: string, state: DocState): void {
    const doc = state.document.path;
    const missing = new Map<string, { file: string; place: Place }>();
    for (const top of nodes) {
      each(top, (node) => {
        if (node.type !== "text" && node.type !== "inlineCode" && node.type !== "code") return;
        const source = sourceOfNode(node);
        if (!source || !node.value.includes("{{")) return;
        const original = node.value;
        const counts = new Map<string, number>();
        node.value = original.replace(PLACEHOLDER, (whole: string, name: string) => {
          const nth = counts.get(whole) ?? 0;
          counts.set(whole, nth + 1);
          const values = state.values;
          if (values.kind === "map" && values.keys.has(name)) {
            state.used.add(name);
            const value = values.strings.get(name);
            if (value !== undefined) return value;
            state.unfilled = true; // not a string: the schema reports it
            return whole;
          }
          state.unfilled = true;
          if (!missing.has(name)) missing.set(name, { file: source, place: this.placeholderPlace(node, source, whole, nth) });
          return whole;
        });
      });
    }
    if (missing.size === 0 || state.values.kind === "unknown") return;
    const directivePlace = this.directivePlace(directive, target, state.document.lines);
    const resolved = this.shared.targets.get(target);
    const sharedPath = resolved?.status === "ok" ? resolved.path : target;
    if (state.values.kind === "none") {
      const placeholders = [...missing.keys()].map((n) => `{{${n}}}`).join(", ");
      this.report({ file: doc, place: directivePlace, messageId: "noValues", data: { path: sharedPath, placeholders, document: doc } }, false);
      return;
    }
    const related: RawRelated[] = [{ file: doc, place: directivePlace, text: includeRule.phrases.includedHere }];
    for (const [name, at] of missing) {
      if (state.missingReported.has(name)) continue;
      state.missingReported.add(name);
      this.report(
        { file: at.file, place: at.place, messageId: "missingValue", data: { placeholder: `{{${name}}}`, name, document: doc }, related },
        false,
      );
    }
  }

  /** Where the nth `whole` of a text node's value is in its source file. */
  private placeholderPlace(node: Nodes, source: string, whole: string, nth: number): Place {
    const lines = this.lines(source);
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? start;
    const slice = lines.text.slice(start, end);
    let at = -1;
    for (let i = 0; i <= nth; i++) {
      at = slice.indexOf(whole, at + 1);
      if (at < 0) break;
    }
    if (at < 0) return { start: lines.point(start) };
    return { start: lines.point(start + at), end: lines.point(start + at + whole.length) };
  }

  /**
   * A document's own wording of a passage of the standard text (`deviations:` in its frontmatter):
   * exactly one occurrence of `standard` in the included text nodes becomes `text`. The deviation
   * itself is reported as a warning by the rule standard-text-deviation.
   */
  private applyDeviations(state: DocState, nodes: RootContent[]): void {
    const document = state.document;
    const list = (document.data as { deviations?: unknown } | undefined)?.deviations;
    if (!Array.isArray(list)) return;
    list.forEach((deviation: unknown, i) => {
      const { standard, text } = (deviation ?? {}) as { standard?: unknown; text?: unknown };
      if (typeof standard !== "string" || typeof text !== "string" || standard === "") return; // the schema says so
      const hits: { node: Nodes & { value: string }; at: number }[] = [];
      for (const top of nodes) {
        each(top, (node) => {
          if (node.type !== "text" || !sourceOfNode(node)) return;
          for (let at = node.value.indexOf(standard); at >= 0; at = node.value.indexOf(standard, at + 1)) hits.push({ node, at });
        });
      }
      const { value } = spanOf(document, ["deviations", i, "standard"]);
      const place = value ? { start: document.lines.point(value[0]), end: document.lines.point(value[1]) } : undefined;
      const base = { file: document.path, place, path: ["deviations", i, "standard"] };
      if (hits.length === 0) {
        this.report({ ...base, messageId: "deviationNotFound", data: { standard, document: document.path } }, false);
        state.incomplete = true;
        return;
      }
      if (hits.length > 1) {
        this.report({ ...base, messageId: "deviationAmbiguous", data: { standard, count: hits.length } }, false);
        state.incomplete = true;
        return;
      }
      const { node, at } = hits[0]!;
      node.value = node.value.slice(0, at) + text + node.value.slice(at + standard.length);
    });
  }

  private reportUnused(state: DocState): void {
    const { values, document } = state;
    // With text missing, a value may well be used by what could not be included.
    if (values.kind !== "map" || state.incomplete) return;
    for (const name of values.keys) {
      if (state.used.has(name)) continue;
      const { key } = spanOf(document, ["values", name]);
      const place = key ? { start: document.lines.point(key[0]), end: document.lines.point(key[1]) } : undefined;
      this.report({ file: document.path, place, path: ["values", name], messageId: "unusedValue", data: { name, placeholder: `{{${name}}}` } }, false);
    }
  }
}
