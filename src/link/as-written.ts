/**
 * `asWritten`: the original's wording of a field that holds an id (or a diarienummer, date or time),
 * next to that field. Rules compare it with the registry (rules/as-written.ts); views print it in
 * place of the registry's name (html/letter.ts, wordingOf).
 */
import type { DataPath, Doc } from "../parse/doc.js";

export interface AsWrittenEntry {
  /** The object that has `asWritten` (its fields are the ones worded). */
  owner: Record<string, unknown>;
  ownerPath: DataPath;
  field: string;
  /** The wording of a single value, or one wording per id of a list. */
  wording: string | Record<string, string>;
}

/** Every wording in a document's frontmatter, in file order. */
export function asWrittenEntries(doc: Doc): AsWrittenEntry[] {
  if (doc.source.kind !== "document") return [];
  const out: AsWrittenEntry[] = [];
  const walk = (value: unknown, path: DataPath) => {
    if (Array.isArray(value)) return value.forEach((item, i) => walk(item, [...path, i]));
    if (typeof value !== "object" || value === null) return;
    const owner = value as Record<string, unknown>;
    const aw = owner.asWritten;
    if (typeof aw === "object" && aw !== null && !Array.isArray(aw)) {
      for (const [field, wording] of Object.entries(aw)) {
        if (typeof wording === "string" || (typeof wording === "object" && wording !== null && !Array.isArray(wording))) {
          out.push({ owner, ownerPath: path, field, wording: wording as AsWrittenEntry["wording"] });
        }
      }
    }
    for (const [key, child] of Object.entries(owner)) if (key !== "asWritten") walk(child, [...path, key]);
  };
  walk(doc.data, []);
  return out;
}

/** The wording an object gives one of its fields (or one id of a list field), if any. */
export function wordingOf(owner: { asWritten?: Record<string, unknown> } | undefined, field: string, id?: string): string | undefined {
  const w = owner?.asWritten?.[field];
  if (typeof w === "string") return id === undefined ? w : undefined;
  if (id !== undefined && typeof w === "object" && w !== null) {
    const t = (w as Record<string, unknown>)[id];
    return typeof t === "string" ? t : undefined;
  }
  return undefined;
}
