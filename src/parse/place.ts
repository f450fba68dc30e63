/**
 * Where each frontmatter value is: a table from data path to the offsets of its key and value in
 * the file, made once from the YAML tree. Plain data, so a cached or transferred document places
 * its diagnostics exactly as a freshly parsed one.
 */
import { isMap, isScalar, isSeq, type Node } from "yaml";
import type { Place } from "../diagnostics/diagnostic.js";
import type { DataPath, Doc, Places, Span } from "./doc.js";
import type { YamlDocument } from "./yaml.js";

const SEP = "\u001f";
const keyOf = (path: DataPath) => path.join(SEP);

/** The places of every key and value of a YAML document whose text starts at `offset` in the file. */
export function placesOf(yaml: YamlDocument, offset: number): Places {
  const places: Places = {};
  const range = (node: Node | null | undefined): [number, number] => (node?.range ? [offset + node.range[0], offset + node.range[1]] : [-1, -1]);
  const walk = (node: unknown, path: DataPath, key: Node | undefined) => {
    const value = (node ?? undefined) as Node | undefined;
    places[keyOf(path)] = [...range(key), ...range(value)];
    if (isMap(value)) {
      for (const pair of value.items) {
        if (isScalar(pair.key)) walk(pair.value, [...path, String(pair.key.value)], pair.key as Node);
      }
    } else if (isSeq(value)) {
      value.items.forEach((item, i) => walk(item, [...path, i], undefined));
    }
  };
  walk(yaml.contents, [], undefined);
  return places;
}

/** Offsets of the key and the value at `path`, if the frontmatter has them. */
export function spanOf(doc: Pick<Doc, "places">, path: DataPath): { key?: [number, number]; value?: [number, number] } {
  const span = doc.places?.[keyOf(path)];
  if (!span) return {};
  return {
    ...(span[0] >= 0 && { key: [span[0], span[1]] as [number, number] }),
    ...(span[2] >= 0 && { value: [span[2], span[3]] as [number, number] }),
  };
}

/**
 * Place of the value at `path`. With `preferKey`, the key of the pair holding it (for "unknown field"
 * and "missing field" the key is what the editor must look at). Falls back to the nearest ancestor
 * that exists, then to the first line of the frontmatter. Undefined for a file without places: a
 * caller must not invent a place.
 */
export function placeOfPath(doc: Pick<Doc, "places" | "lines" | "yamlOffset">, path: DataPath, preferKey = false): Place | undefined {
  if (!doc.places) return undefined;
  for (let depth = path.length; depth >= 0; depth--) {
    const { key, value } = spanOf(doc, path.slice(0, depth));
    const target = preferKey && key ? key : value ?? key;
    if (target) return { start: doc.lines.point(target[0]), end: doc.lines.point(target[1]) };
    preferKey = true;
  }
  return { start: doc.lines.point(doc.yamlOffset) };
}

/**
 * Places as a compact list for the check cache: the four offsets of each entry in order, without
 * the paths, when a walk over the data meets the same paths in the same order as the YAML tree did
 * (true of any frontmatter without aliases, complex keys or integer keys). Offsets are written as the
 * difference to the last offset written (short numbers), a missing offset as null. Undefined when the
 * walk differs: such places are kept whole.
 */
export function compactPlaces(data: unknown, places: Places): (number | null)[] | undefined {
  const keys = Object.keys(places);
  const walked = dataKeys(data);
  if (walked.length !== keys.length || walked.some((key, i) => key !== keys[i])) return undefined;
  const out: (number | null)[] = [];
  let last = 0;
  for (const key of keys) {
    for (const offset of places[key]!) {
      if (offset < 0) out.push(null);
      else {
        out.push(offset - last);
        last = offset;
      }
    }
  }
  return out;
}

/** The places again from compactPlaces' list and the same data; undefined when they do not fit together (damage). */
export function expandPlaces(data: unknown, compact: readonly (number | null)[]): Places | undefined {
  const keys = dataKeys(data);
  if (compact.length !== keys.length * 4) return undefined;
  const places: Places = {};
  let last = 0;
  keys.forEach((key, k) => {
    const span = [0, 0, 0, 0] as Span;
    for (let i = 0; i < 4; i++) {
      const delta = compact[k * 4 + i];
      span[i] = typeof delta === "number" ? (last += delta) : -1;
    }
    places[key] = span;
  });
  return places;
}

/** Every path in the data as placesOf keys it: the root, then each key of a mapping and each item of a list, depth first. */
function dataKeys(data: unknown): string[] {
  const keys: string[] = [];
  const walk = (value: unknown, key: string, prefix: string) => {
    keys.push(key);
    if (Array.isArray(value)) value.forEach((item, i) => walk(item, prefix + i, prefix + i + SEP));
    else if (typeof value === "object" && value !== null) for (const name of Object.keys(value)) walk((value as Record<string, unknown>)[name], prefix + name, prefix + name + SEP);
  };
  walk(data, "", "");
  return keys;
}
