/** A folder to check that holds no document at all (reported by src/load/index.ts). */
import { defineMeta } from "../../diagnostics/rule.js";

export default defineMeta({
  id: "no-documents",
  severity: "warning",
  stage: "parse",
  description: {
    sv: "En mapp som kontrolleras innehåller minst ett dokument (en .md-fil).",
    en: "A folder that is checked holds at least one document (a .md file).",
  },
  messages: {
    empty: {
      sv: "Mappen {{path}} innehåller inga dokument, så ingenting kontrollerades.",
      en: "The folder {{path}} holds no documents, so nothing was checked.",
      note: {
        sv: "Lägg dokumenten (.md-filer) i mandates/, eller ange rätt mapp eller --root.",
        en: "Put the documents (.md files) in mandates/, or name the right folder or --root.",
      },
    },
  },
});
