/**
 * The printed page around the letter: A4 margins, a running header on every page but the first (where
 * the letterhead stands) with the heading, Datum and Diarienummer, a footer with "Sida X av Y" and the
 * source revision in small print, and a watermark for documents that are not in force. Chromium draws
 * the header and footer from CSS page-margin boxes, in the document's own font; document text enters
 * the CSS only through cssString.
 */
import { cssString } from "./css.js";
import type { Letterhead } from "./types.js";

export interface PageFrame {
  letterhead?: Letterhead;
  /** Printed small at the bottom left of every page: where the PDF came from. */
  revision?: string;
}

const REGION = "Västra Götalandsregionen";

export function pageCss({ letterhead, revision }: PageFrame): string {
  const left = [REGION, letterhead?.heading, letterhead?.status?.label].filter(Boolean).join(" · ");
  const right = [letterhead?.date && `Datum: ${letterhead.date}`, letterhead?.diarienummer && `Diarienummer: ${letterhead.diarienummer}`].filter(Boolean).join("   ");
  const box = "font-family:'Arimo','Liberation Sans',Arial,sans-serif;font-size:8pt;color:#333;";
  return [
    "@page{size:A4;margin:20mm 18mm 20mm 18mm;",
    `@top-left{${box}content:${cssString(left)};vertical-align:bottom;padding-bottom:3mm;}`,
    `@top-right{${box}content:${cssString(right)};vertical-align:bottom;padding-bottom:3mm;white-space:pre;}`,
    `@bottom-left{${box}font-size:6.5pt;color:#666;content:${cssString(revision ?? "")};vertical-align:top;padding-top:4mm;}`,
    `@bottom-right{${box}content:"Sida " counter(page) " av " counter(pages);white-space:nowrap;vertical-align:top;padding-top:4mm;}`,
    "}",
    // The first page has the letterhead itself, and at its foot the original's address block if any.
    "@page:first{@top-left{content:none;}@top-right{content:none;}",
    // The source line joins the address block there, so neither is squeezed into a narrow column.
    letterhead?.footer?.length
      ? `@bottom-left{content:none;}@bottom-right{padding-top:1mm;}@bottom-center{${box}font-size:7pt;color:#333;content:${cssString([footerText(letterhead.footer), revision].filter(Boolean).join("\n"))};white-space:pre;vertical-align:top;padding-top:1mm;}`
      : "",
    "}",
  ].join("");
}

/** The address block in two lines (the addresses; phone, e-mail and web), as the originals set it. */
function footerText(lines: readonly string[]): string {
  const addresses = lines.filter((l) => /^(Postadress|Besöksadress):/.test(l));
  const contact = lines.filter((l) => !addresses.includes(l));
  return [addresses.join("   "), contact.join("   ")].filter(Boolean).join("\n");
}
