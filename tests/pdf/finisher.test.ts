/**
 * The printer finishes its PDFs (pdf-lib: metadata, XMP, bookmarks, artifacts) in a thread of its own
 * when mandat runs compiled (src/pdf/finisher.ts), so its main thread can hand Chromium the next
 * document meanwhile. The thread must give the very bytes finishing in this thread gives, and a PDF
 * the thread still had when it was stopped must not be lost.
 */
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import * as pdfLib from "pdf-lib";
import { describe, expect, it } from "vitest";
import { finishPdf } from "../../src/pdf/finish.js";
import type { DocumentMeta } from "../../src/html/types.js";
import { REPO_ROOT } from "../helpers/repo.js";

/** The compiled finisher (dist/, made by `npm test`): from the TypeScript sources it starts no thread. */
async function compiledFinisher(): Promise<typeof import("../../src/pdf/finisher.js")> {
  return (await import(pathToFileURL(join(REPO_ROOT, "dist/pdf/finisher.js")).href)) as typeof import("../../src/pdf/finisher.js");
}

const meta: DocumentMeta = {
  title: "Uppdragshandling för Samordningsråd infektion",
  subject: "Uppdragshandling: Samordningsråd infektion",
  keywords: ["RS 2026-00042", "Samordningsråd infektion"],
  date: "2026-02-19",
  custom: { GroupId: "samordningsrad-infektion", Status: "beslutad" },
};
const html = "<h1>Uppdrag</h1><h2>Bakgrund och syfte</h2><p>Rådet samordnar vården.</p>";

/** A two-page PDF with text, as Chromium would hand one over (without its tags). */
async function printed(text: string): Promise<Uint8Array> {
  const doc = await pdfLib.PDFDocument.create();
  const font = await doc.embedFont(pdfLib.StandardFonts.Helvetica);
  for (const line of [text, `${text} (sida 2)`]) doc.addPage([595, 842]).drawText(line, { x: 50, y: 780, size: 12, font });
  return doc.save({ useObjectStreams: false });
}

describe("finishing PDFs in a thread of its own", () => {
  it("gives the same bytes as finishing in this thread, for several PDFs at once", async () => {
    const { openFinisher } = await compiledFinisher();
    const inputs = await Promise.all(["Bakgrund", "Uppdrag", "Återrapportering"].map(printed));
    const here = await Promise.all(inputs.map((pdf) => finishPdf(pdfLib, pdf, meta, html)));
    const finisher = openFinisher();
    try {
      const there = await Promise.all(inputs.map((pdf) => finisher.finish(pdf, meta, html)));
      expect(there.map((pdf) => Buffer.from(pdf).toString("hex"))).toEqual(here.map((pdf) => Buffer.from(pdf).toString("hex")));
      // Finished for real: the title is in the information dictionary.
      const read = await pdfLib.PDFDocument.load(there[0]!);
      expect(read.getTitle()).toBe(meta.title);
      expect(read.getPageCount()).toBe(2);
    } finally {
      await finisher.close();
    }
  });

  it("finishes in this thread what the stopped thread still had, and what comes after", async () => {
    const { openFinisher } = await compiledFinisher();
    const input = await printed("Bakgrund");
    const expected = Buffer.from(await finishPdf(pdfLib, input, meta, html)).toString("hex");
    const finisher = openFinisher();
    const pending = finisher.finish(input, meta, html);
    await finisher.close();
    expect(Buffer.from(await pending).toString("hex")).toBe(expected);
    expect(Buffer.from(await finisher.finish(input, meta, html)).toString("hex")).toBe(expected);
  });
});
