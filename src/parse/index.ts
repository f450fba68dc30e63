/** Parse stage: source text → frontmatter data with its YAML tree, and the Markdown tree. */
import type { RawReport, ReportSink } from "../diagnostics/reporter.js";
import { DEFAULT_LIMITS } from "../config/types.js";
import limits from "../load/rules/limits.js";
import type { SourceFile } from "../load/source.js";
import { LineIndex } from "../util/lines.js";
import { skip, type Doc } from "./doc.js";
import { IncludeResolver } from "./include.js";
import { parseMarkdown } from "./markdown.js";
import frontmatter from "./rules/frontmatter.js";
import yamlSyntax from "./rules/yaml-syntax.js";
import { yamlDetail } from "./yaml-messages.js";
import { placesOf } from "./place.js";
import { parseYaml } from "./yaml.js";

export interface ParseOptions {
  /** Most YAML aliases a file may expand (limits.maxYamlAliases); default DEFAULT_LIMITS'. */
  maxYamlAliases?: number;
}

/** `includes` resolves `<!-- mandat:include … -->` in documents; without it every include is reported missing. */
export function parseFile(source: SourceFile, reporter: ReportSink, includes?: IncludeResolver, options: ParseOptions = {}): Doc {
  const aliases = options.maxYamlAliases ?? DEFAULT_LIMITS.maxYamlAliases;
  const doc: Doc = { path: source.path, source, lines: new LineIndex(source.value), yamlOffset: 0, data: undefined, refs: [], skipped: [] };
  if (source.kind === "registry") {
    readYaml(doc, source.value, reporter, aliases);
    return doc;
  }
  const tree = parseMarkdown(source.value);
  doc.tree = tree;
  const head = tree.children[0];
  if (!head || head.type !== "yaml") {
    reporter.report(frontmatter, { file: doc.path, place: { start: { line: 1, column: 1 } }, messageId: "missing", fatal: true });
    skip(doc, "unreadable");
    return doc;
  }
  const afterFence = source.value.indexOf("\n") + 1;
  const found = head.value === "" ? -1 : source.value.indexOf(head.value, afterFence);
  doc.yamlOffset = found >= 0 ? found : afterFence;
  readYaml(doc, head.value, reporter, aliases);
  // Even with broken YAML the includes are followed, so their own problems are not hidden.
  (includes ?? IncludeResolver.none(reporter)).resolve(doc);
  return doc;
}

function readYaml(doc: Doc, text: string, reporter: ReportSink, maxAliases: number): void {
  const { yaml, problems } = parseYaml(text);
  doc.places = placesOf(yaml, doc.yamlOffset);
  const at = (offset: number) => doc.lines.point(doc.yamlOffset + offset);
  const report = (r: Omit<RawReport, "file" | "fatal">) => reporter.report(yamlSyntax, { ...r, file: doc.path, fatal: true });
  let syntaxReported = false;
  for (const p of problems) {
    const place = { start: at(p.offset), ...(p.endOffset !== undefined ? { end: at(p.endOffset) } : {}) };
    if (p.code === "DUPLICATE_KEY") {
      report({ place, messageId: "duplicateKey" });
    } else if (p.code === "TAG_RESOLVE_FAILED") {
      const tag = p.message.replace(/^.*?: /, "").replace(/^tag:yaml\.org,2002:/, "!!");
      report({ place, messageId: "tag", data: { tag } });
    } else if (!syntaxReported) {
      // Later syntax errors are usually echoes of the first; one precise message beats a cascade.
      syntaxReported = true;
      report({ place, messageId: "syntax", data: { detail: yamlDetail(p.code) } });
    }
  }
  if (problems.length > 0) return skip(doc, "unreadable");
  try {
    doc.data = yaml.toJS({ maxAliasCount: maxAliases });
  } catch {
    reporter.report(limits, { file: doc.path, place: { start: at(0) }, messageId: "yamlAliases", data: { limit: maxAliases, setting: "maxYamlAliases" }, fatal: true });
    skip(doc, "unreadable");
  }
}
