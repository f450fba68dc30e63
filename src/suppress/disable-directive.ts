import { defineMeta } from "../diagnostics/rule.js";

/** Diagnostics come from src/diagnostics/suppress.ts, which applies the comments after all rules ran. */
export default defineMeta({
  id: "disable-directive",
  severity: "warning",
  stage: "link",
  description: {
    sv: "Kommentarer mandat-disable-next-line namnger en regel som finns och döljer något.",
    en: "mandat-disable-next-line comments name an existing rule and hide something.",
  },
  messages: {
    unused: {
      sv: "Kommentaren döljer ingen diagnos från {{rule}} på nästa rad.",
      en: "The comment hides no diagnostic from {{rule}} on the next line.",
      note: { sv: "Ta bort kommentaren; felet den gällde är rättat.", en: "Remove the comment; the problem it was for is fixed." },
    },
    unknownRule: {
      sv: "Okänd regel {{rule}} i mandat-disable-next-line.",
      en: "Unknown rule {{rule}} in mandat-disable-next-line.",
      note: { sv: "Reglerna listas med mandat rules.", en: "mandat rules lists the rules." },
    },
    notAllowed: {
      sv: "Regeln {{rule}} går inte att dölja; ett dokument som inte går att läsa är alltid fel.",
      en: "The rule {{rule}} cannot be disabled; a document that cannot be read is always wrong.",
    },
  },
});
