/** The bytes of a file: UTF-8 without control characters (reported by src/load/read.ts). */
import { defineMeta } from "../../diagnostics/rule.js";

export default defineMeta({
  id: "encoding",
  severity: "error",
  stage: "parse",
  description: {
    sv: "Filer är giltig UTF-8 utan styrtecken (utom tabb och radbrytning); ett BOM först i filen och CRLF-radslut går bra.",
    en: "Files are valid UTF-8 without control characters (other than tab and line breaks); a BOM at the start and CRLF line ends are fine.",
  },
  messages: {
    invalidUtf8: {
      sv: "Filen är inte giltig UTF-8: byten {{byte}} här hör inte till något tecken, så filen kontrolleras inte vidare.",
      en: "The file is not valid UTF-8: the byte {{byte}} here belongs to no character, so the file is not checked further.",
      note: {
        sv: "Spara filen som UTF-8 (i VS Code: klicka på kodningen i statusraden → Spara med kodning → UTF-8). Filer från Word är ofta Windows-1252.",
        en: "Save the file as UTF-8 (in VS Code: click the encoding in the status bar → Save with Encoding → UTF-8). Files from Word are often Windows-1252.",
      },
    },
    control: {
      sv: "Filen innehåller styrtecknet {{char}}, som inte syns men kan förstöra text och utdata.",
      en: "The file contains the control character {{char}}, which is invisible but can break text and output.",
      note: {
        sv: "Ta bort tecknet; det syns sällan i redigeraren, så sök efter {{char}} eller skriv om raden.",
        en: "Remove the character; editors rarely show it, so search for {{char}} or retype the line.",
      },
    },
  },
});
