/**
 * References written in running text rather than as frontmatter ids: a diarienummer in a sentence
 * ("… (SSN 2023-00470)") and a group link in the body (`[Samordningsråd onkologi](grupp:samordningsrad-onkologi)`).
 */
import type { Place } from "../diagnostics/diagnostic.js";
import type { Doc } from "../parse/doc.js";
import { findDiarienummer } from "./diarienummer.js";
import { bodyLinks, proseTexts } from "./prose.js";

/** The URL scheme of a link to a group of the registry: `grupp:<grupp-id>`. */
export const GROUP_SCHEME = "grupp:";

export interface ProseRef {
  kind: "document" | "group";
  id: string;
  /** Display path of the file it is written in. */
  file: string;
  place?: Place;
}

/** The group id of a `grupp:` link, or undefined for any other URL. */
export function groupLinkId(url: string): string | undefined {
  return url.toLowerCase().startsWith(GROUP_SCHEME) ? url.slice(GROUP_SCHEME.length) : undefined;
}

/**
 * Well-formed diarienummer in the body and the frontmatter's free text, and `grupp:` links in the body.
 * A malformed diarienummer is left to `diarienummer-format`: it is fixed first, then looked up.
 * Found once, while the document's tree is at hand, and kept on the document (a cached document has no tree).
 */
export function proseRefs(file: Doc): ProseRef[] {
  file.proseRefs ??= findProseRefs(file);
  return file.proseRefs;
}

function findProseRefs(file: Doc): ProseRef[] {
  const refs: ProseRef[] = [];
  for (const text of proseTexts(file)) {
    for (const m of findDiarienummer(text.value)) {
      if (m.wellFormed) refs.push({ kind: "document", id: m.normalised, file: text.file, place: text.placeOf(m.offset, m.length) });
    }
  }
  for (const link of bodyLinks(file)) {
    const id = groupLinkId(link.url);
    if (id !== undefined) refs.push({ kind: "group", id, file: link.file, place: link.place });
  }
  return refs;
}
