/**
 * Chromium tags the page's own content (structure tree, marked content with MCIDs) but leaves the
 * text of CSS page-margin boxes (running header, "Sida X av Y", the source line) and the draft
 * watermark unmarked: neither tagged nor artifacts, which accessibility checkers flag and which a
 * reader of the raw content meets first. Each text object outside any marked-content sequence is
 * wrapped as `/Artifact BMC … EMC`, the way PDF marks page furniture. A content stream that cannot be
 * read safely (inline images, unbalanced operators) is left exactly as it was.
 */
import { fileURLToPath } from "node:url";
import { deflateSync, inflateSync } from "node:zlib";
import type { PDFDocument, PDFRawStream, PDFRef } from "pdf-lib";

export const ARTIFACTS_CODE_FILE = fileURLToPath(import.meta.url);

type PdfLib = typeof import("pdf-lib");

/** Mark unmarked text objects of every page as artifacts; returns how many were marked. */
export function markArtifacts(lib: PdfLib, doc: PDFDocument): number {
  const { PDFName, PDFArray, PDFRef: Ref, PDFRawStream, decodePDFRawStream } = lib;
  let marked = 0;
  for (const page of doc.getPages()) {
    const contents = page.node.get(PDFName.of("Contents"));
    const refs: PDFRef[] = contents instanceof PDFArray ? contents.asArray().filter((r): r is PDFRef => r instanceof Ref) : contents instanceof Ref ? [contents] : [];
    for (const ref of refs) {
      const stream = doc.context.lookup(ref);
      if (!(stream instanceof PDFRawStream)) continue;
      // Read as bytes, not as text: a content stream is mostly ASCII operators around binary strings,
      // and the pieces between the inserts are copied as they are.
      const content = flateOnly(lib, stream) ? inflateSync(stream.contents) : decodePDFRawStream(stream).decode();
      const inserts = artifactInserts(content);
      if (!inserts || inserts.length === 0) continue;
      // Node's zlib, not pdf-lib's JavaScript deflate: the same format at a fraction of the CPU, which the build's printing needs.
      doc.context.assign(ref, doc.context.stream(deflateSync(spliced(content, inserts)), { Filter: "FlateDecode" }));
      marked += inserts.length / 2;
    }
  }
  return marked;
}

/** A stream compressed with Flate alone and no predictor (what Chromium writes): zlib can read it as it is. */
function flateOnly(lib: PdfLib, stream: PDFRawStream): boolean {
  const filter = stream.dict.get(lib.PDFName.of("Filter"));
  const flate = filter === lib.PDFName.of("FlateDecode") || (filter instanceof lib.PDFArray && filter.size() === 1 && filter.get(0) === lib.PDFName.of("FlateDecode"));
  return flate && stream.dict.get(lib.PDFName.of("DecodeParms")) === undefined;
}

/** The content with each depth-0 text object wrapped as an artifact, or undefined when unsure. */
export function wrapUnmarkedText(content: string): { text: string; count: number } | undefined {
  const bytes = Buffer.from(content, "latin1");
  const inserts = artifactInserts(bytes);
  return inserts && { text: Buffer.from(spliced(bytes, inserts)).toString("latin1"), count: inserts.length / 2 };
}

type Insert = { at: number; text: string };

/** `content` with `inserts` (in ascending order of offset) put in. */
function spliced(content: Uint8Array, inserts: readonly Insert[]): Uint8Array {
  const parts: Uint8Array[] = [];
  let from = 0;
  for (const { at, text } of inserts) {
    parts.push(content.subarray(from, at), Buffer.from(text, "latin1"));
    from = at;
  }
  parts.push(content.subarray(from));
  return Buffer.concat(parts);
}

/** Where the markers go around each depth-0 text object, in order; undefined when unsure. */
function artifactInserts(content: Uint8Array): Insert[] | undefined {
  const inserts: Insert[] = [];
  let depth = 0;
  let textStart = -1;
  let textMarked = false;
  const readable = scanOperators(content, (op, start, end) => {
    if (op === BI) return false; // inline image data is not tokenisable this way
    if (op === BDC || op === BMC) {
      if (textStart >= 0) textMarked = true;
      depth++;
    } else if (op === EMC) {
      if (--depth < 0) return false;
    } else if (op === BT) {
      if (textStart >= 0) return false;
      textStart = depth === 0 ? start : -2;
      textMarked = false;
    } else if (op === ET) {
      if (textStart >= 0 && !textMarked && depth === 0) {
        inserts.push({ at: textStart, text: "/Artifact BMC\n" }, { at: end, text: "\nEMC" });
      }
      textStart = -1;
    }
    return true;
  });
  if (!readable || depth !== 0) return undefined;
  return inserts;
}

// Byte classes of PDF content syntax (ISO 32000 7.2.2), as JavaScript's \s reads Latin-1: whitespace
// (also NBSP, 0xA0) and the delimiters that end a word.
const SPACE = new Uint8Array(256);
for (const c of [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0]) SPACE[c] = 1;
const ENDS_WORD = new Uint8Array(SPACE);
for (const c of "()<>[]{}/%") ENDS_WORD[c.charCodeAt(0)] = 1;
const code = (c: string): number => c.charCodeAt(0);
const [PAREN_OPEN, PAREN_CLOSE, BACKSLASH, LT, GT, PERCENT, SLASH, LF, CR] = ["(", ")", "\\", "<", ">", "%", "/", "\n", "\r"].map(code) as [number, number, number, number, number, number, number, number, number];
const [SQUARE_OPEN, SQUARE_CLOSE, CURLY_OPEN, CURLY_CLOSE] = ["[", "]", "{", "}"].map(code) as [number, number, number, number];

/** The operators that matter here, each as its bytes packed in a number (up to three letters). */
const word = (text: string): number => [...text].reduce((n, c) => n * 256 + code(c), 0);
const [BDC, BMC, EMC, BT, ET, BI] = ["BDC", "BMC", "EMC", "BT", "ET", "BI"].map(word) as [number, number, number, number, number, number];

/**
 * Calls `visit` with each word of a content stream of up to three bytes (packed as by word(): every
 * operator that matters here, besides other short operators and numbers) and its offsets. Returns
 * false when it meets a syntax it cannot read or when `visit` returns false.
 */
function scanOperators(s: Uint8Array, visit: (op: number, start: number, end: number) => boolean): boolean {
  let i = 0;
  const n = s.length;
  while (i < n) {
    const c = s[i]!;
    if (SPACE[c]) {
      i++;
    } else if (c === PERCENT) {
      while (i < n && s[i] !== LF && s[i] !== CR) i++;
    } else if (c === PAREN_OPEN) {
      let nest = 0;
      for (; i < n; i++) {
        const d = s[i];
        if (d === BACKSLASH) i++;
        else if (d === PAREN_OPEN) nest++;
        else if (d === PAREN_CLOSE && --nest === 0) break;
      }
      if (i >= n) return false;
      i++;
    } else if (c === LT && s[i + 1] === LT) {
      i += 2;
    } else if (c === GT && s[i + 1] === GT) {
      i += 2;
    } else if (c === LT) {
      let close = i + 1;
      while (close < n && s[close] !== GT) close++;
      if (close >= n) return false;
      i = close + 1;
    } else if (c === SQUARE_OPEN || c === SQUARE_CLOSE || c === CURLY_OPEN || c === CURLY_CLOSE) {
      i++;
    } else if (c === SLASH) {
      i++;
      while (i < n && !ENDS_WORD[s[i]!]) i++;
    } else {
      const start = i;
      let op = 0;
      while (i < n && !ENDS_WORD[s[i]!]) op = op * 256 + s[i++]!;
      // A stray ")" or a single ">" is no word at all: unreadable.
      if (i === start) return false;
      if (i - start <= 3 && !visit(op, start, i)) return false;
    }
  }
  return true;
}
