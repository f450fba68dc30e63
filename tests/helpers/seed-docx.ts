/**
 * Word files made from the real documents (the extracted texts in tests/fixtures/originals): each line
 * a paragraph, the template's headings and numbered agenda items as Word headings (the originals use
 * heading styles there), **bold** as bold runs and ~~struck~~ as strike-through, as in the originals.
 * Made with the `docx` package, then read by mandat import like any Word file.
 */
import { readFileSync } from "node:fs";
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from "docx";

/** Headings of VGR's templates, as they begin in the originals. */
const TOP = [/^Syfte med uppdraget$/, /^Uppdragsbeskrivning$/, /^Samband och gränsdragning\b/, /^Kommunikation$/, /^Beslutsordning$/, /^Arbetsorganisation$/, /^Beslut$/, /^\d{1,2}\.\t/];
const SUB = [/^Rapportering$/, /^Beslutsfattande$/, /^Generellt$/, /^Specifikt för gruppen$/];

function runs(line: string): TextRun[] {
  const out: TextRun[] = [];
  for (const m of line.matchAll(/\*\*(.+?)\*\*|~~(.+?)~~|([^*~]+|[*~])/g)) {
    if (m[1] !== undefined) out.push(new TextRun({ text: m[1], bold: true }));
    else if (m[2] !== undefined) out.push(new TextRun({ text: m[2], strike: true }));
    else out.push(new TextRun(m[3]!));
  }
  return out;
}

export async function docxFromText(text: string): Promise<Buffer> {
  const paragraphs: Paragraph[] = [];
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (line === "") continue;
    const plain = line.replace(/\*\*/g, "");
    const marked = /^(#{1,6})\s+(.*)$/.exec(plain);
    if (marked) {
      paragraphs.push(new Paragraph({ text: marked[2]!, heading: marked[1]!.length <= 2 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2 }));
      continue;
    }
    const agenda = /^(\d{1,2})\.\t([^\t]*)(?:\t(.*))?$/.exec(raw.trim());
    if (agenda) {
      // A row of the agenda table: number, the item (title first, then its notes) and who is responsible.
      const [, number, item, responsible] = agenda;
      const parts = item!.split(/<\/p>|<p>|<\/?[uo]l[^>]*>/).map((t) => t.replace(/<[^>]+>/g, "").trim()).filter(Boolean);
      paragraphs.push(new Paragraph({ text: `${number}. ${parts[0] ?? ""}`, heading: HeadingLevel.HEADING_1 }));
      for (const part of parts.slice(1)) paragraphs.push(new Paragraph({ children: runs(part) }));
      const who = (responsible ?? "").replace(/<[^>]+>/g, "").trim();
      if (who) paragraphs.push(new Paragraph({ children: runs(`Ansvarig: ${who}`) }));
      continue;
    }
    if (TOP.some((r) => r.test(plain)) && plain.length < 140) paragraphs.push(new Paragraph({ text: plain, heading: HeadingLevel.HEADING_1 }));
    else if (SUB.some((r) => r.test(plain))) paragraphs.push(new Paragraph({ text: plain, heading: HeadingLevel.HEADING_2 }));
    else if (/^- /.test(line)) paragraphs.push(new Paragraph({ children: runs(line.slice(2)), bullet: { level: 0 } }));
    else if (/^ - /.test(raw)) paragraphs.push(new Paragraph({ children: runs(line.slice(2)), bullet: { level: 1 } }));
    else paragraphs.push(new Paragraph({ children: runs(line) }));
  }
  return Packer.toBuffer(new Document({ sections: [{ children: paragraphs }] }));
}

export function docxFromSeed(file: string): Promise<Buffer> {
  return docxFromText(readFileSync(file, "utf8"));
}
