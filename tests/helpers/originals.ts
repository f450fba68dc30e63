/**
 * The originals (tests/fixtures/originals/, text extracted from VGR's Word/PDF files) as sentences,
 * and a sentence-by-sentence comparison with the text of a built PDF.
 *
 * The extraction kept the originals' letterheads, page footers, Markdown emphasis and, in the meeting
 * notes, the HTML of the agenda table. Those are layout, not text: they are taken away here, and
 * nothing else is. Every remaining sentence must appear verbatim in the PDF's text (whitespace and
 * line breaks aside), or be named in an exception list with its reason.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const ORIGINALS_DIR = fileURLToPath(new URL("../fixtures/originals/", import.meta.url));

/** Which original each real document was converted from. */
export const ORIGINALS: { original: string; slug: string }[] = [
  { original: "000_014d1c9c94ba5a9c.txt", slug: "samordningsgrupp-medicinska-biblioteksfragor" },
  { original: "001_4d3f5884ebafad97.txt", slug: "samordnande-grupp-utveckling-hos" },
  { original: "002_d00c80be2910413f.txt", slug: "samordningsrad-infektion" },
  { original: "003_099b6e9723f1b9e1.txt", slug: "2026-02-19-samordnande-grupp-utveckling-hos" },
  { original: "004_d646838d3b096807.txt", slug: "samordningsrad-onkologi" },
];

/** Lines of the letterhead and of the page footer in the originals: VGR's letter layout, printed by the template. */
const LAYOUT_LINES = new Set(["Västra Götalandsregionen", "Koncernkontoret", "Regionstyrelsen"]);
/** The footer of the councils' letters (address block), where a page ended. */
const FOOTER_BLOCK = /Postadress:\n[\s\S]*?Webbplats:\nwww\.vgregion\.se\n/g;

/** Whitespace-insensitive form, as pdftotext breaks lines where the page does. */
export function flat(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** The agenda table of the meeting notes: HTML cells and list items become lines of their own. */
function untable(text: string): string {
  return text
    .replace(/<\/?(?:p|ol|ul)\b[^>]*>/g, "\n")
    .replace(/<\/?li\b[^>]*>/g, "\n")
    .replace(/<\/?u>/g, "\n")
    .replace(/\t/g, "\n")
    // Items of a flattened list: "agenda- Varmt" is two items "agenda" and "Varmt …".
    .replace(/(^|[^\s-])- (?=[A-ZÅÄÖ"])/gm, "$1\n- ")
    .replace(/ - (?=[A-ZÅÄÖ"])/g, "\n- ");
}

function unmark(line: string): string {
  return line
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\\([()[\]])/g, "$1")
    .replace(/\*\*|~~|__/g, "")
    .replace(/(^|\s)\*([^*]+)\*(?=\s|$)/g, "$1$2")
    .replace(/^#+\s*/, "")
    .replace(/^\s*(?:[-•]|\d+\.)\s+/, "")
    .trim();
}

/** Sentences of a line: split after . ! ? before a capital letter or a quote. */
function sentencesOf(line: string): string[] {
  return line
    .split(/(?<=[.!?])\s+(?=[A-ZÅÄÖ"”])/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** The sentences of an original, letterhead and footers aside, in order. */
export function originalSentences(file: string): string[] {
  let text = readFileSync(ORIGINALS_DIR + file, "utf8").replace(/\r\n/g, "\n");
  text = text.replace(FOOTER_BLOCK, "");
  // Letterhead fragments glued to a line by the extraction ("00233**Västra Götalandsregionen****Koncernkontoret**").
  text = text.replace(/\*\*(?:Västra Götalandsregionen|Koncernkontoret)\*\*/g, "\n");
  text = text.replace(/Västra Götalandsregionen(?=\*\*Koncernkontoret)/g, "\n");
  // Bold labels glued to the previous line ("Hälso- och sjukvård**Uppdragsgivare:** …").
  text = text.replace(/(\S)\*\*(?=[A-ZÅÄÖ][^*\n]*:\*\*)/g, "$1\n**");
  if (text.includes("<p>")) text = untable(text);
  // A line broken inside a value by the extraction ("SSN 2026–\n00233", "hälso- och\nsjukvårds…").
  text = text.replace(/([–-])\n(?=\S)/g, "$1").replace(/ och\n(?=[a-zåäö])/g, " och ");
  const out: string[] = [];
  for (const raw of text.split("\n")) {
    const line = flat(unmark(raw));
    if (line === "" || LAYOUT_LINES.has(line)) continue;
    out.push(...sentencesOf(line));
  }
  return out;
}

/** The PDF's text as one line: page numbers ("Sida 1 av 3") and list bullets taken away. */
export function pdfFlat(text: string): string {
  return flat(text.replace(/Sida \d+ av \d+/g, " ").replace(/[•\u2022\uf0b7]/g, " "));
}

export interface Exception {
  /** The original's sentence, exactly as originalSentences gives it. */
  sentence: string;
  /** Why it does not appear verbatim in the PDF (also in docs/konvertering.md). */
  reason: string;
}

export interface Comparison {
  sentences: number;
  verbatim: number;
  /** Sentences missing from the PDF that no exception names. */
  unexplained: string[];
  /** Exceptions whose sentence now appears verbatim, or that the original does not have. */
  stale: Exception[];
}

/**
 * pdftotext cannot tell a line broken after a hyphen ("NU-|sjukvården") from a hyphen followed by a
 * space ("hälso- och"): both sides are compared with the space after a hyphen taken away.
 */
function key(text: string): string {
  return text.replace(/- /g, "-");
}

export function compare(sentences: string[], pdf: string, exceptions: Exception[]): Comparison {
  const text = key(pdf);
  const missing = sentences.filter((s) => !text.includes(key(s)));
  const named = new Set(exceptions.map((e) => e.sentence));
  return {
    sentences: sentences.length,
    verbatim: sentences.length - missing.length,
    unexplained: missing.filter((s) => !named.has(s)),
    stale: exceptions.filter((e) => !missing.includes(e.sentence)),
  };
}
