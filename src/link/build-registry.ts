/** Index the registry files into one Registry; an id defined twice is kept once and listed in `duplicates`. */
import { isReadable, type Doc } from "../parse/doc.js";
import { placeOfPath } from "../parse/place.js";
import { KINDS, kindOfRegistry } from "./kinds.js";
import { Registry, type Entry, type Origin } from "./registry.js";
import type { Place } from "../diagnostics/diagnostic.js";

export function buildRegistry(files: Doc[]): Registry {
  const registry = new Registry();
  for (const file of files) {
    const name = file.source.registry;
    if (!isReadable(file) || !Array.isArray(file.data) || !name) continue;
    const kind = kindOfRegistry(name);
    const table = registry.table(kind) as Map<string, Entry<unknown>>;
    const idKey = KINDS[kind].idKey;
    file.data.forEach((entry: unknown, index: number) => {
      if (typeof entry !== "object" || entry === null) return;
      // A governing document without a diarienummer is known by its title.
      const key = kind === "document" && (entry as Record<string, unknown>)[idKey] === undefined ? "title" : idKey;
      const id = (entry as Record<string, unknown>)[key];
      if (typeof id !== "string") return;
      const path = [index, key];
      const origin = originAt(file, path);
      const first = table.get(id);
      if (first) registry.duplicates.push({ kind, id, origin, first: first.origin });
      else table.set(id, { value: entry, origin });
    });
  }
  return registry;
}

/** Where an entry is defined, placed only when asked: most runs never show an entry's place, and placing reads the file's places and lines. */
function originAt(file: Doc, path: (string | number)[]): Origin {
  let place: Place | undefined | null = null;
  return {
    file: file.path,
    path,
    get place() {
      if (place === null) place = placeOfPath(file, path);
      return place;
    },
  };
}
