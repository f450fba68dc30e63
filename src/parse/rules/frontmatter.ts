import { defineMeta } from "../../diagnostics/rule.js";

export default defineMeta({
  id: "frontmatter",
  severity: "error",
  stage: "parse",
  description: {
    sv: "Varje dokument börjar med ett frontmatter-block mellan två rader ---.",
    en: "Every document starts with a frontmatter block between two --- lines.",
  },
  messages: {
    missing: {
      sv: "Dokumentet saknar frontmatter.",
      en: "The document has no frontmatter.",
      note: {
        sv: "Börja filen med en rad ---, fälten (type: uppdragshandling …) och en avslutande rad ---.",
        en: "Start the file with a --- line, the fields (type: uppdragshandling …) and a closing --- line.",
      },
    },
    notMapping: {
      sv: "Frontmattern är inte en samling fält (nyckel: värde).",
      en: "The frontmatter is not a mapping of fields (key: value).",
    },
    unknownType: {
      sv: "Okänd dokumenttyp {{actual}}.",
      en: "Unknown document type {{actual}}.",
      note: { sv: "Dokumenttyper: {{types}}.", en: "Document types: {{types}}." },
    },
    missingType: {
      sv: "Fältet type saknas, så dokumentet kan inte kontrolleras mot något schema.",
      en: "The field type is missing, so the document cannot be checked against a schema.",
      note: { sv: "Lägg till type: med en av dokumenttyperna {{types}}.", en: "Add type: with one of the document types {{types}}." },
    },
  },
});
