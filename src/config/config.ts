import { defineMeta } from "../diagnostics/rule.js";

/** Diagnostics of mandat.config.json that are not schema errors (those come from the schema rule). */
export default defineMeta({
  id: "config",
  severity: "error",
  stage: "parse",
  description: {
    sv: "mandat.config.json är giltig JSON och följer schemas/config.schema.json.",
    en: "mandat.config.json is valid JSON and follows schemas/config.schema.json.",
  },
  messages: {
    syntax: {
      sv: "mandat.config.json är inte giltig JSON.",
      en: "mandat.config.json is not valid JSON.",
      note: {
        sv: "Kontrollera citattecken, kommatecken och klammerparenteser vid markeringen.",
        en: "Check quotes, commas and braces at the marker.",
      },
    },
  },
});
