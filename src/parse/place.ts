/** Frontmatter path → the YAML node's place in the file. */
import type { Place } from "../diagnostics/diagnostic.js";
import type { DataPath, Doc } from "./doc.js";
import { nodeAt } from "./yaml.js";

/**
 * Place of the value at `path`. With `preferKey`, the key of the pair holding it (for "unknown field"
 * and "missing field" the key is what the editor must look at). Falls back to the nearest ancestor
 * that exists, then to the first line of the frontmatter. Undefined for a file without a YAML tree:
 * a caller must not invent a place.
 */
export function placeOfPath(doc: Pick<Doc, "yaml" | "lines" | "yamlOffset">, path: DataPath, preferKey = false): Place | undefined {
  if (!doc.yaml) return undefined;
  for (let depth = path.length; depth >= 0; depth--) {
    const { node, key } = nodeAt(doc.yaml, path.slice(0, depth));
    const target = preferKey && key ? key : node ?? key;
    const range = target?.range;
    if (range) {
      return { start: doc.lines.point(doc.yamlOffset + range[0]), end: doc.lines.point(doc.yamlOffset + range[1]) };
    }
    preferKey = true;
  }
  return { start: doc.lines.point(doc.yamlOffset) };
}
