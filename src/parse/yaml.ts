/** YAML as data only: the core schema, no custom tags, duplicate keys and alias bombs refused. */
import { parseDocument, isMap, isPair, isScalar, isSeq, type Document, type Node, type Pair } from "yaml";

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

/** The node at a data path, plus the key node when the last step is a map key. */
export function nodeAt(doc: YamlDocument, path: readonly (string | number)[]): { node?: Node; key?: Node } {
  let node: unknown = doc.contents;
  let key: Node | undefined;
  for (const step of path) {
    key = undefined;
    if (isMap(node)) {
      const pair = node.items.find((p: Pair) => keyOf(p) === String(step));
      if (!pair) return {};
      key = isScalar(pair.key) ? pair.key : undefined;
      node = pair.value;
    } else if (isSeq(node) && typeof step === "number") {
      node = node.items[step];
    } else {
      return {};
    }
  }
  return { node: (node ?? undefined) as Node | undefined, key };
}

function keyOf(pair: Pair): string | undefined {
  if (isScalar(pair.key)) return String(pair.key.value);
  return undefined;
}

/** Source range of a node: [start, end) offsets within the YAML text. */
export function rangeOf(node: Node | undefined): [number, number] | undefined {
  const r = node?.range;
  return r ? [r[0], r[1]] : undefined;
}

export { isPair };
