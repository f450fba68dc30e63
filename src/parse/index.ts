/** Parse stage: source text → frontmatter data with its YAML tree, and the Markdown tree. */
import type { Root } from "mdast";
import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import type { SourceFile } from "../load/source.js";
import type { Reporter } from "../diagnostics/reporter.js";
import { IncludeResolver } from "./include.js";
import { LineIndex } from "./lines.js";
import { parseYaml, type YamlDocument } from "./yaml.js";
import { yamlDetail } from "./yaml-messages.js";
import yamlSyntax from "../rules/yaml-syntax.js";
import frontmatter from "../rules/frontmatter.js";

export interface ParsedFile {
  file: SourceFile;
  lines: LineIndex;
  /** Offset of the YAML text within the file (after the opening ---). */
  yamlOffset: number;
  yaml?: YamlDocument;
  /** Frontmatter (or registry) as plain data; undefined when unusable. */
  data: unknown;
  /** Markdown tree of a document, positions relative to the whole file. */
  tree?: Root;
  /** Unusable: later per-document stages skip it. */
  fatal: boolean;
  /** Text could not be included (src/parse/include.ts): checked, but body rules skip it and it is not rendered. */
  incomplete?: boolean;
  /** A placeholder of an included text has no value: checked, but not rendered. */
  unfilled?: boolean;
}

const markdown = unified().use(remarkParse).use(remarkFrontmatter, ["yaml"]).use(remarkGfm);

/** `includes` resolves `<!-- mandat:include … -->` in documents; without it every include is reported missing. */
export function parseFile(file: SourceFile, reporter: Reporter, includes?: IncludeResolver): ParsedFile {
  const lines = new LineIndex(file.value);
  if (file.kind === "registry") return withYaml({ file, lines, yamlOffset: 0, data: undefined, fatal: false }, file.value, reporter);

  const tree = markdown.parse(file.value) as Root;
  const head = tree.children[0];
  const parsed: ParsedFile = { file, lines, yamlOffset: 0, data: undefined, tree, fatal: false };
  if (!head || head.type !== "yaml") {
    reporter.report(frontmatter, { file: file.path, place: { start: { line: 1, column: 1 } }, messageId: "missing", fatal: true });
    return { ...parsed, fatal: true };
  }
  const afterFence = file.value.indexOf("\n") + 1;
  const found = head.value === "" ? -1 : file.value.indexOf(head.value, afterFence);
  parsed.yamlOffset = found >= 0 ? found : afterFence;
  const out = withYaml(parsed, head.value, reporter);
  // Even with broken YAML the includes are followed, so their own problems are not hidden.
  (includes ?? IncludeResolver.none(reporter)).resolve(out);
  return out;
}

function withYaml(parsed: ParsedFile, text: string, reporter: Reporter): ParsedFile {
  const { doc, problems } = parseYaml(text);
  parsed.yaml = doc;
  const at = (offset: number) => parsed.lines.point(parsed.yamlOffset + offset);
  let syntaxReported = false;
  for (const p of problems) {
    const place = { start: at(p.offset), ...(p.endOffset !== undefined ? { end: at(p.endOffset) } : {}) };
    const base = { file: parsed.file.path, place, fatal: true };
    if (p.code === "DUPLICATE_KEY") {
      reporter.report(yamlSyntax, { ...base, messageId: "duplicateKey" });
    } else if (p.code === "TAG_RESOLVE_FAILED") {
      const tag = p.message.replace(/^.*?: /, "").replace(/^tag:yaml\.org,2002:/, "!!");
      reporter.report(yamlSyntax, { ...base, messageId: "tag", data: { tag } });
    } else if (!syntaxReported) {
      // Later syntax errors are usually echoes of the first; one precise message beats a cascade.
      syntaxReported = true;
      reporter.report(yamlSyntax, { ...base, messageId: "syntax", data: { detail: yamlDetail(p.code, reporter.lang) } });
    }
  }
  if (problems.length > 0) return { ...parsed, fatal: true };
  try {
    parsed.data = doc.toJS({ maxAliasCount: 50 });
  } catch {
    reporter.report(yamlSyntax, {
      file: parsed.file.path,
      place: { start: at(0) },
      messageId: "syntax",
      data: { detail: yamlDetail("RESOURCE_EXHAUSTION", reporter.lang) },
      fatal: true,
    });
    return { ...parsed, fatal: true };
  }
  return parsed;
}
