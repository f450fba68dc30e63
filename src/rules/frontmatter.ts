import { defineRule } from "./define.js";

export default defineRule({
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
      sv: "Okänd dokumenttyp {{actual}}; väntade uppdragshandling eller motesanteckning.",
      en: "Unknown document type {{actual}}; expected uppdragshandling or motesanteckning.",
    },
  },
});
