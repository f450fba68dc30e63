/** The PDF cache's key and entry format, without a browser. */
import { describe, expect, it } from "vitest";
import { decodeEntry, encodeEntry, fontsFingerprint, pdfKey, printCodeIdentity } from "../../src/pdf/cache.js";
import { versionNumber } from "../../src/pdf/print.js";
import type { DocumentMeta } from "../../src/html/types.js";

const PDF = Buffer.from("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n", "latin1");
const META: DocumentMeta = { title: "Samordningsråd", subject: "Uppdragshandling", keywords: ["RS 2023-01756"], date: "2024-05-31" };
const HTML = "<!DOCTYPE html><html lang=\"sv\"><body><p>Hej</p></body></html>";
const VERSION = "Chromium 156.0.8078.108";

describe("cache entries", () => {
  it("round-trips a PDF", () => {
    const entry = encodeEntry(PDF);
    expect(entry.subarray(0, 13).toString()).toBe("mandat-pdf/1 ");
    expect(decodeEntry(entry)?.equals(PDF)).toBe(true);
  });

  it("rejects a truncated entry, a changed byte, a missing header and bytes that are no PDF", () => {
    const entry = encodeEntry(PDF);
    expect(decodeEntry(entry.subarray(0, entry.length - 1))).toBeUndefined();
    const flipped = Buffer.from(entry);
    flipped[entry.length - 20] = flipped[entry.length - 20]! ^ 1;
    expect(decodeEntry(flipped)).toBeUndefined();
    expect(decodeEntry(PDF)).toBeUndefined();
    expect(decodeEntry(Buffer.alloc(0))).toBeUndefined();
    // A consistent header over bytes that are not a PDF is refused as well.
    expect(decodeEntry(encodeEntry(Buffer.from("<html>not a pdf</html>")))).toBeUndefined();
    expect(decodeEntry(encodeEntry(PDF.subarray(0, PDF.length - 7)))).toBeUndefined();
  });
});

describe("pdfKey", () => {
  it("is stable, and independent of the order of the metadata's fields", async () => {
    const reordered: DocumentMeta = { date: META.date, keywords: META.keywords, subject: META.subject, title: META.title };
    expect(await pdfKey(HTML, META, VERSION)).toBe(await pdfKey(HTML, reordered, VERSION));
    expect(await pdfKey(HTML, META, VERSION)).toMatch(/^[0-9a-f]{64}$/);
  });

  it("changes with the HTML, every metadata field and the Chromium version", async () => {
    const base = await pdfKey(HTML, META, VERSION);
    const variants = [
      pdfKey(HTML.replace("Hej", "Hej!"), META, VERSION),
      pdfKey(HTML, { ...META, title: "Samordningsråd 2" }, VERSION),
      pdfKey(HTML, { ...META, subject: "Mötesanteckningar" }, VERSION),
      pdfKey(HTML, { ...META, keywords: [...META.keywords, "x"] }, VERSION),
      pdfKey(HTML, { ...META, date: "2024-06-01" }, VERSION),
      pdfKey(HTML, META, "Chromium 157.0.0.1"),
    ];
    const keys = await Promise.all(variants);
    expect(new Set([base, ...keys]).size).toBe(keys.length + 1);
  });

  it("includes mandat's print code and the machine's fonts", async () => {
    expect(await printCodeIdentity()).toMatch(/^[0-9a-f]{64}$/);
    expect(await fontsFingerprint()).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe("versionNumber", () => {
  it("reads the same number from the binary's --version line and from the started browser", () => {
    expect(versionNumber("Chromium 156.0.8078.108 built on Debian GNU/Linux 12 (bookworm)")).toBe("156.0.8078.108");
    expect(versionNumber("Chrome/156.0.8078.108")).toBe("156.0.8078.108");
    expect(versionNumber("HeadlessChrome/156.0.8078.108")).toBe("156.0.8078.108");
    expect(versionNumber("Google Chrome 131.0.6778.85 ")).toBe("131.0.6778.85");
    expect(versionNumber("")).toBeUndefined();
  });
});
