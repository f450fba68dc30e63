import { defineMeta } from "../../diagnostics/rule.js";

export default defineMeta({
  id: "yaml-syntax",
  severity: "error",
  stage: "parse",
  description: {
    sv: "Frontmatter och registerfiler är giltig YAML.",
    en: "Frontmatter and registry files are valid YAML.",
  },
  messages: {
    syntax: {
      sv: "YAML-syntaxfel: {{detail}}.",
      en: "YAML syntax error: {{detail}}.",
      note: {
        sv: "Kontrollera indrag, kolon efter nyckeln och citattecken runt värden som innehåller kolon eller #.",
        en: "Check indentation, the colon after the key, and quotes around values containing a colon or #.",
      },
    },
    duplicateKey: {
      sv: "Nyckeln står två gånger i samma avsnitt.",
      en: "The key appears twice in the same mapping.",
      note: { sv: "Ta bort eller slå ihop den ena förekomsten.", en: "Remove or merge one of them." },
    },
    tag: {
      sv: "YAML-taggen {{tag}} är inte tillåten; frontmatter är bara data.",
      en: "The YAML tag {{tag}} is not allowed; frontmatter is data only.",
      note: { sv: "Ta bort taggen (ordet som börjar med !).", en: "Remove the tag (the word starting with !)." },
    },
  },
});
