/**
 * mandat.config.json at the repository root, read like a document: JSON syntax, then its JSON Schema
 * (schemas/config.schema.json), every problem a diagnostic with file, line and column.
 */
import { join } from "node:path";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { Reporter } from "../diagnostics/reporter.js";
import type { Lang } from "../diagnostics/messages.js";
import type { RuleSeverity } from "../diagnostics/rule.js";
import { InputReader } from "../load/read.js";
import type { SourceFile } from "../load/source.js";
import type { Doc } from "../parse/doc.js";
import { CACHE_DIR, hashOf, openStore } from "../cache/store.js";
import { programHash } from "../check/cache.js";
import { LineIndex } from "../util/lines.js";
import configRule from "./config.js";
import { DEFAULT_LIMITS, EMPTY_CONFIG, type Config, type Limits } from "./types.js";

export const CONFIG_FILE = "mandat.config.json";

export interface LoadedConfig {
  config: Config;
  /** Problems in the file; any of them makes the config unusable (exit 2). */
  diagnostics: Diagnostic[];
  /** The file's text, for code frames. */
  source?: SourceFile;
}

/** The cache entry that says these bytes passed this program's config schema. */
const VALID_ENTRY = "config";

/**
 * Read and check the config; a missing file is the empty config. `display` is the path shown in
 * messages. A config whose text passed the schema before (same program) is not validated again, so
 * a warm run loads neither ajv nor the schemas; `cache: false` validates every time.
 */
export async function loadConfig(root: string, lang: Lang = "sv", display = CONFIG_FILE, options: { cache?: boolean } = {}): Promise<LoadedConfig> {
  const absolute = join(root, CONFIG_FILE);
  const reporter = new Reporter(lang);
  // Read like every input: inside the repository, within the default limits, UTF-8 (load/read.ts).
  const read = new InputReader(root, DEFAULT_LIMITS, reporter).read(absolute, display, "config");
  if (read.status === "missing") return { config: EMPTY_CONFIG, diagnostics: [] };
  if (read.status === "refused") return { config: EMPTY_CONFIG, diagnostics: reporter.diagnostics };
  const text = read.text;
  const source: SourceFile = { path: display, absolute, value: text, kind: "registry" };
  if (reporter.diagnostics.length > 0) return { config: EMPTY_CONFIG, diagnostics: reporter.diagnostics, source };
  const lines = new LineIndex(text);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    // Node names the offset of the first bad character ("… at position 12").
    const offset = Number(/position (\d+)/.exec((error as Error).message)?.[1] ?? 0);
    reporter.report(configRule, { file: display, place: { start: lines.point(offset) }, messageId: "syntax" });
    return { config: EMPTY_CONFIG, diagnostics: reporter.diagnostics, source };
  }
  const store = options.cache === false ? undefined : openStore(join(root, CACHE_DIR));
  const key = hashOf(programHash(), text);
  if (!(await store?.get(VALID_ENTRY, key))) {
    const [{ placesOf }, { parseYaml }, { humanize }, { default: schemaRule }, { loadSchemas, NO_TYPES }] = await Promise.all([
      import("../parse/place.js"),
      import("../parse/yaml.js"),
      import("../validate/humanize.js"),
      import("../validate/rules/schema.js"),
      import("../validate/schemas.js"),
    ]);
    const schemas = loadSchemas(NO_TYPES);
    if (!schemas.config(data)) {
      // JSON is YAML: its tree gives every value's place for the schema's messages.
      const doc: Doc = { path: display, source, lines, yamlOffset: 0, places: placesOf(parseYaml(text).yaml, 0), data, refs: [], skipped: [] };
      for (const error of schemas.config.errors ?? []) {
        reporter.report(schemaRule, humanize(error, doc, schemas.lookup, schemas.config.schema as Record<string, unknown>));
      }
      return { config: EMPTY_CONFIG, diagnostics: reporter.diagnostics, source };
    }
    await store?.put(VALID_ENTRY, key, "valid\n");
  }
  const raw = data as { lang?: Lang; rules?: Record<string, RuleSeverity>; options?: Record<string, Record<string, unknown>>; limits?: Partial<Limits> };
  return {
    config: { ...(raw.lang && { lang: raw.lang }), rules: raw.rules ?? {}, ruleOptions: raw.options ?? {}, ...(raw.limits && { limits: raw.limits }) },
    diagnostics: [],
    source,
  };
}
