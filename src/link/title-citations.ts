/**
 * Governing documents cited by title in running text ("enligt Rutin för koncernövergripande
 * grupper"): every title of the registry's documents, found in the body and the frontmatter's free
 * text in any case and with any spacing. Documents without a diarienummer can only be cited so.
 */
import type { Place } from "../diagnostics/diagnostic.js";
import type { Doc } from "../parse/doc.js";
import { proseTexts } from "./prose.js";
import type { ExternalDocument, Registry } from "./registry.js";

export interface TitleCitation {
  /** The registry key: the diarienummer, or the title of a document without one. */
  key: string;
  document: ExternalDocument;
  file: string;
  place?: Place;
}

const cache = new WeakMap<Registry, { key: string; document: ExternalDocument; pattern: RegExp }[]>();

function patterns(registry: Registry) {
  let list = cache.get(registry);
  if (!list) {
    list = [...registry.documents].map(([key, entry]) => ({
      key,
      document: entry.value,
      pattern: new RegExp(
        "(?<![\\p{L}\\p{N}])" +
          entry.value.title
            .trim()
            .split(/\s+/)
            .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
            .join("\\s+") +
          "(?![\\p{L}\\p{N}])",
        "giu",
      ),
    }));
    cache.set(registry, list);
  }
  return list;
}

/** Citations of the registry's documents (of those `which` accepts: a caller that needs only some need not search for all). */
export function titleCitations(doc: Doc, registry: Registry, which: (document: ExternalDocument) => boolean = () => true): TitleCitation[] {
  const out: TitleCitation[] = [];
  const wanted = patterns(registry).filter(({ document }) => which(document));
  // A document's prose is collected only when there is a title to look for: matching each title's
  // case-insensitive Unicode pattern over every text is a good part of a cold check.
  if (wanted.length === 0) return out;
  const texts = proseTexts(doc);
  for (const { key, document, pattern } of wanted) {
    if (!document.title || document.title.trim().split(/\s+/).length < 2) continue; // a one-word title is an ordinary word
    for (const text of texts) {
      for (const m of text.value.matchAll(pattern)) {
        out.push({ key, document, file: text.file, place: text.placeOf(m.index, m[0].length) });
      }
    }
  }
  return out;
}
