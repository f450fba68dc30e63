/** YAML as data only: the core schema, no custom tags, duplicate keys and alias bombs refused. */
import { parseDocument, type Document } from "yaml";

export type YamlDocument = Document.Parsed;

export interface YamlProblem {
  offset: number;
  endOffset?: number;
  code: string;
  message: string;
}

export function parseYaml(text: string): { yaml: YamlDocument; problems: YamlProblem[] } {
  const doc = parseDocument(text, {
    schema: "core",
    customTags: [],
    merge: false,
    uniqueKeys: true,
    prettyErrors: false,
    keepSourceTokens: false,
    strict: true,
  });
  const problems: YamlProblem[] = [...doc.errors, ...doc.warnings].map((e) => ({
    offset: e.pos[0],
    endOffset: e.pos[1],
    code: e.code,
    message: e.message,
  }));
  return { yaml: doc, problems };
}
