/**
 * Chromium tags the page's own content (structure tree, marked content with MCIDs) but leaves the
 * text of CSS page-margin boxes (running header, "Sida X av Y", the source line) and the draft
 * watermark unmarked: neither tagged nor artifacts, which accessibility checkers flag and which a
 * reader of the raw content meets first. Each text object outside any marked-content sequence is
 * wrapped as `/Artifact BMC … EMC`, the way PDF marks page furniture. A content stream that cannot be
 * read safely (inline images, unbalanced operators) is left exactly as it was.
 */
import { fileURLToPath } from "node:url";
import type { PDFDocument, PDFRef } from "pdf-lib";

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
      const text = Buffer.from(decodePDFRawStream(stream).decode()).toString("latin1");
      const result = wrapUnmarkedText(text);
      if (!result || result.count === 0) continue;
      doc.context.assign(ref, doc.context.flateStream(Buffer.from(result.text, "latin1")));
      marked += result.count;
    }
  }
  return marked;
}

/** The content with each depth-0 text object wrapped as an artifact, or undefined when unsure. */
export function wrapUnmarkedText(content: string): { text: string; count: number } | undefined {
  const inserts: { at: number; text: string }[] = [];
  let depth = 0;
  let textStart = -1;
  let textMarked = false;
  for (const { op, start, end } of operators(content)) {
    if (op === undefined) return undefined; // unreadable
    if (op === "BI") return undefined; // inline image data is not tokenisable this way
    if (op === "BDC" || op === "BMC") {
      if (textStart >= 0) textMarked = true;
      depth++;
    } else if (op === "EMC") {
      if (--depth < 0) return undefined;
    } else if (op === "BT") {
      if (textStart >= 0) return undefined;
      textStart = depth === 0 ? start : -2;
      textMarked = false;
    } else if (op === "ET") {
      if (textStart >= 0 && !textMarked && depth === 0) {
        inserts.push({ at: textStart, text: "/Artifact BMC\n" }, { at: end, text: "\nEMC" });
      }
      textStart = -1;
    }
  }
  if (depth !== 0) return undefined;
  let text = content;
  for (const { at, text: add } of inserts.sort((a, b) => b.at - a.at)) text = text.slice(0, at) + add + text.slice(at);
  return { text, count: inserts.length / 2 };
}

/** The operators of a content stream with their offsets; `op: undefined` marks a syntax it cannot read. */
function* operators(s: string): Generator<{ op: string | undefined; start: number; end: number }> {
  let i = 0;
  const n = s.length;
  while (i < n) {
    const c = s[i]!;
    if (/\s/.test(c)) {
      i++;
    } else if (c === "%") {
      while (i < n && s[i] !== "\n" && s[i] !== "\r") i++;
    } else if (c === "(") {
      let nest = 0;
      for (; i < n; i++) {
        if (s[i] === "\\") i++;
        else if (s[i] === "(") nest++;
        else if (s[i] === ")" && --nest === 0) break;
      }
      if (i >= n) return yield { op: undefined, start: i, end: i };
      i++;
    } else if (c === "<" && s[i + 1] === "<") {
      i += 2;
    } else if (c === ">" && s[i + 1] === ">") {
      i += 2;
    } else if (c === "<") {
      const close = s.indexOf(">", i);
      if (close < 0) return yield { op: undefined, start: i, end: i };
      i = close + 1;
    } else if (c === "[" || c === "]" || c === "{" || c === "}") {
      i++;
    } else if (c === "/") {
      i++;
      while (i < n && !/[\s()<>[\]{}/%]/.test(s[i]!)) i++;
    } else {
      const start = i;
      while (i < n && !/[\s()<>[\]{}/%]/.test(s[i]!)) i++;
      const word = s.slice(start, i);
      if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(word) && word !== "true" && word !== "false" && word !== "null") yield { op: word, start, end: i };
    }
  }
}
