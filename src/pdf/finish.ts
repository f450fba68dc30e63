/**
 * What mandat writes into a printed PDF after Chromium: a fixed information dictionary (dates from the
 * document, never the clock; author, language, custom provenance entries), the same facts as XMP
 * metadata, a document ID derived from the content, and bookmarks whose titles are the headings' own
 * words (Chromium's outline joins the lines of a wrapped heading without a space: "juni2026").
 * The same input gives the same bytes.
 */
import { createHash } from "node:crypto";
import { fileURLToPath } from "node:url";
import type { PDFDocument as PDFDocumentType, PDFDict } from "pdf-lib";
import type { DocumentMeta } from "../html/types.js";
import { ARTIFACTS_CODE_FILE, markArtifacts } from "./artifacts.js";

/** This module's own files: part of the PDF cache's key, as print.ts is. */
export const FINISH_CODE_FILES = [fileURLToPath(import.meta.url), ARTIFACTS_CODE_FILE];

export const PDF_AUTHOR = "Västra Götalandsregionen";
export const PDF_PRODUCER = "mandat";
export const PDF_LANGUAGE = "sv-SE";

type PdfLib = typeof import("pdf-lib");

export async function finishPdf(lib: PdfLib, pdf: Uint8Array, meta: DocumentMeta, html: string): Promise<Uint8Array> {
  const { PDFDocument, PDFName, PDFHexString } = lib;
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const created = dateOf(meta.date);
  const modified = dateOf(meta.modified ?? meta.date);
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  doc.setSubject(meta.subject);
  doc.setKeywords(meta.keywords);
  doc.setAuthor(PDF_AUTHOR);
  doc.setCreator(PDF_PRODUCER);
  doc.setProducer(PDF_PRODUCER);
  doc.setLanguage(PDF_LANGUAGE);
  doc.setCreationDate(created);
  doc.setModificationDate(modified);
  // pdf-lib has no public setter for custom entries; its information dictionary is private.
  const info = (doc as unknown as { getInfoDict(): PDFDict }).getInfoDict();
  for (const [key, value] of Object.entries(meta.custom ?? {}).sort(([a], [b]) => (a < b ? -1 : 1))) {
    info.set(PDFName.of(key), PDFHexString.fromText(value));
  }
  fixOutlineTitles(lib, doc, headingsOf(html));
  markArtifacts(lib, doc);
  const id = documentId(meta, html);
  setXmp(lib, doc, xmpPacket(meta, created, modified, id));
  // Trailer ID: [permanent, changing]; both from the content, so a rebuild gives the same bytes.
  doc.context.trailerInfo.ID = doc.context.obj([PDFHexString.of(id.permanent), PDFHexString.of(id.instance)]);
  return doc.save({ useObjectStreams: false });
}

function dateOf(day: string): Date {
  const when = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(when.getTime())) throw new Error(`Invalid document date: ${day}`);
  return when;
}

/**
 * The document ID: the permanent part names the document (its group, type and diarienummer, or its
 * source path), the instance part this rendering of it (its print HTML and metadata; not Chromium's
 * bytes, which carry the clock in their own dates).
 */
function documentId(meta: DocumentMeta, html: string): { permanent: string; instance: string } {
  const c = meta.custom ?? {};
  const permanent = createHash("sha256").update(JSON.stringify(["mandat", c.SourcePath ?? meta.title, c.GroupId ?? ""])).digest("hex").slice(0, 32);
  const instance = createHash("sha256").update(html).update(JSON.stringify(meta)).digest("hex").slice(0, 32);
  return { permanent, instance };
}

const uuid = (hex: string) => `uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;

function xml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** XMP with the information dictionary's facts (Dublin Core, XMP basic, PDF, media management) and the custom entries. */
function xmpPacket(meta: DocumentMeta, created: Date, modified: Date, id: { permanent: string; instance: string }): string {
  const iso = (d: Date) => d.toISOString().replace(/\.000Z$/, "Z");
  const custom = Object.entries(meta.custom ?? {})
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([k, v]) => `   <mandat:${k}>${xml(v)}</mandat:${k}>`)
    .join("\n");
  return `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
    xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/"
    xmlns:mandat="https://mandat.example/ns/provenance/1.0/">
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">${xml(meta.title)}</rdf:li></rdf:Alt></dc:title>
   <dc:creator><rdf:Seq><rdf:li>${xml(PDF_AUTHOR)}</rdf:li></rdf:Seq></dc:creator>
   <dc:description><rdf:Alt><rdf:li xml:lang="x-default">${xml(meta.subject)}</rdf:li></rdf:Alt></dc:description>
   <dc:subject><rdf:Bag>${meta.keywords.map((k) => `<rdf:li>${xml(k)}</rdf:li>`).join("")}</rdf:Bag></dc:subject>
   <dc:language><rdf:Bag><rdf:li>${PDF_LANGUAGE}</rdf:li></rdf:Bag></dc:language>
   <pdf:Keywords>${xml(meta.keywords.join(" "))}</pdf:Keywords>
   <pdf:Producer>${PDF_PRODUCER}</pdf:Producer>
   <xmp:CreatorTool>${PDF_PRODUCER}</xmp:CreatorTool>
   <xmp:CreateDate>${iso(created)}</xmp:CreateDate>
   <xmp:ModifyDate>${iso(modified)}</xmp:ModifyDate>
   <xmp:MetadataDate>${iso(modified)}</xmp:MetadataDate>
   <xmpMM:DocumentID>${uuid(id.permanent)}</xmpMM:DocumentID>
   <xmpMM:InstanceID>${uuid(id.instance)}</xmpMM:InstanceID>
${custom}
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="r"?>`;
}

function setXmp(lib: PdfLib, doc: PDFDocumentType, packet: string): void {
  const { PDFName } = lib;
  const stream = doc.context.stream(new TextEncoder().encode(packet), { Type: "Metadata", Subtype: "XML" });
  doc.catalog.set(PDFName.of("Metadata"), doc.context.register(stream));
}

/** The text of every h1–h6 of the print HTML, whitespace collapsed, in document order. */
export function headingsOf(html: string): string[] {
  const out: string[] = [];
  for (const match of html.matchAll(/<h[1-6]\b[^>]*>([\s\S]*?)<\/h[1-6]>/gi)) {
    out.push(decodeEntities(match[1]!.replace(/<[^>]*>/g, "")).replace(/\s+/g, " ").trim());
  }
  return out;
}

function decodeEntities(text: string): string {
  const named: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (all, name: string) => {
    if (name[0] === "#") return String.fromCodePoint(name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
    return named[name.toLowerCase()] ?? all;
  });
}

/**
 * Give each bookmark its heading's own words: Chromium builds the outline from the laid-out lines and
 * drops the space where a heading wraps. A bookmark whose title equals a heading once all whitespace
 * is ignored gets that heading's text; others are left as they are.
 */
function fixOutlineTitles(lib: PdfLib, doc: PDFDocumentType, headings: string[]): void {
  const { PDFName, PDFDict, PDFHexString, PDFString } = lib;
  const squash = (t: string) => t.replace(/\s+/g, "");
  const byKey = new Map<string, string>();
  for (const h of headings) if (!byKey.has(squash(h))) byKey.set(squash(h), h);
  const outlines = doc.catalog.lookupMaybe(PDFName.of("Outlines"), PDFDict);
  const visit = (item: PDFDict | undefined, depth: number): void => {
    for (let node = item; node && depth < 64; node = node.lookupMaybe(PDFName.of("Next"), PDFDict)) {
      const title = node.lookup(PDFName.of("Title"));
      const text = title instanceof PDFHexString || title instanceof PDFString ? title.decodeText() : undefined;
      const fixed = text === undefined ? undefined : byKey.get(squash(text));
      if (fixed !== undefined && fixed !== text) node.set(PDFName.of("Title"), PDFHexString.fromText(fixed));
      visit(node.lookupMaybe(PDFName.of("First"), PDFDict), depth + 1);
    }
  };
  if (outlines) visit(outlines.lookupMaybe(PDFName.of("First"), PDFDict), 0);
}
