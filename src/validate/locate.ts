/** JSON pointer → frontmatter path → the YAML node's place in the file. */
import type { Place } from "../diagnostics/diagnostic.js";
import type { ParsedFile } from "../parse/index.js";
import { nodeAt } from "../parse/yaml.js";

export type DataPath = (string | number)[];

export function pointerToPath(pointer: string): DataPath {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"))
    .map((s) => (/^(0|[1-9][0-9]*)$/.test(s) ? Number(s) : s));
}

/**
 * Place of the value at `path`. With `preferKey`, the key of the pair holding it (for "unknown field"
 * and "missing field" the key is what the editor must look at). Falls back to the nearest ancestor
 * that exists, then to the first line of the frontmatter.
 */
export function placeOf(parsed: ParsedFile, path: DataPath, preferKey = false): Place {
  for (let depth = path.length; depth >= 0; depth--) {
    const { node, key } = nodeAt(parsed.yaml!, path.slice(0, depth));
    const target = preferKey && key ? key : node ?? key;
    const range = target?.range;
    if (range) {
      return {
        start: parsed.lines.point(parsed.yamlOffset + range[0]),
        end: parsed.lines.point(parsed.yamlOffset + range[1]),
      };
    }
    preferKey = true;
  }
  return { start: parsed.lines.point(parsed.yamlOffset) };
}
