/**
 * One document, as far as it can go alone: parse → validate → the rules whose findings depend on this
 * document only (scope "document"). The unit that is cached and that workers run; what it returns
 * is plain data (no tree unless asked), with its reports as found (no language, no severity yet).
 */
import { limitsOf, type Config } from "../config/types.js";
import { Recorder } from "../diagnostics/reporter.js";
import { byType, type DocType } from "../doctypes/define.js";
import { createContext, type LinkInput, type LinkRule } from "../link/context.js";
import { passages } from "../link/passages.js";
import { proseRefs } from "../link/prose-refs.js";
import type { Registry } from "../link/registry.js";
import type { SharedTexts } from "../load/shared.js";
import type { SourceFile } from "../load/source.js";
import { isReadable, type Doc } from "../parse/doc.js";
import { IncludeResolver } from "../parse/include.js";
import { parseFile } from "../parse/index.js";
import { validateFile } from "../validate/index.js";
import internal from "./internal.js";
import { docOf, factsOf, type DocumentResult } from "./result.js";
import type { Schemas } from "../validate/schemas.js";

export { docOf, factsOf, isCrash, type DocFacts, type DocumentResult } from "./result.js";

/** What a document is checked against besides its own text. */
export interface DocumentEnv {
  shared: SharedTexts;
  types: readonly DocType[];
  registry: Registry;
  registryFiles: Doc[];
  config: Config;
  today: string;
  /** The rules with scope "document". */
  rules: readonly LinkRule[];
  /** The compiled schemas of `types` (loadSchemas), made once per run. */
  schemas: Schemas;
  /** Keep the Markdown tree (the build renders it); a check drops it to keep memory small. */
  keepTree?: boolean;
}

/**
 * A bug in mandat met while checking one file must not hide the other files' diagnostics: it becomes
 * an `internal` diagnostic at that file (which later stages then skip), whatever the output format.
 */
function crashed(source: SourceFile, recorder: Recorder, error: unknown): DocumentResult {
  const message = (error instanceof Error ? error.message : String(error)).split("\n")[0]!.slice(0, 200);
  const detail = error instanceof Error && error.name !== "Error" ? `${error.name}: ${message}` : message;
  recorder.report(internal, { file: source.path, place: { start: { line: 1, column: 1 } }, messageId: "crash", data: { detail }, fatal: true });
  return { facts: { path: source.path, yamlOffset: 0, data: undefined, refs: [], skipped: ["unreadable"] }, reports: recorder.reports, shared: [] };
}

/** Limits the parse stage applies, from the config. */
function parseOptions(config: Config) {
  return { maxYamlAliases: limitsOf(config).maxYamlAliases };
}

/** A registry file: parsed and validated, or (after an internal error) an unreadable one. */
export function checkRegistryFile(source: SourceFile, schemas: Schemas, config: Config, recorder = new Recorder()): { doc: Doc; result: DocumentResult } {
  try {
    const doc = validateFile(parseFile(source, recorder, undefined, parseOptions(config)), schemas, recorder);
    return { doc, result: { facts: factsOf(doc), reports: recorder.reports, shared: [] } };
  } catch (error) {
    const result = crashed(source, recorder, error);
    return { doc: docOf(result, source), result };
  }
}

export function checkDocument(source: SourceFile, env: DocumentEnv): DocumentResult {
  const recorder = new Recorder();
  try {
    return checkDocumentUnsafe(source, env, recorder);
  } catch (error) {
    return crashed(source, recorder, error);
  }
}

function checkDocumentUnsafe(source: SourceFile, env: DocumentEnv, recorder: Recorder): DocumentResult {
  const includes = new IncludeResolver(env.shared, recorder);
  const doc = validateFile(parseFile(source, recorder, includes, parseOptions(env.config)), env.schemas, recorder);
  if (isReadable(doc)) {
    proseRefs(doc);
    passages(doc);
    const input: LinkInput = {
      documents: [doc],
      registryFiles: env.registryFiles,
      registry: env.registry,
      today: env.today,
      config: env.config,
      types: byType(env.types),
    };
    for (const rule of env.rules) rule.check(createContext(rule, input, recorder));
  }
  return { facts: factsOf(doc), reports: recorder.reports, shared: [...includes.used], ...(env.keepTree && doc.tree && { tree: doc.tree }) };
}
