/** How much input mandat accepts (config `limits`, src/config/types.ts); a file beyond a limit is skipped, the others are checked. */
import { defineMeta } from "../../diagnostics/rule.js";

const SETTING = {
  sv: "Dela upp filen, eller höj gränsen {{setting}} under limits i mandat.config.json om den verkligen behövs.",
  en: "Split the file, or raise the limit {{setting}} under limits in mandat.config.json if it is really needed.",
};

export default defineMeta({
  id: "limits",
  severity: "error",
  stage: "parse",
  description: {
    sv: "Filer håller sig inom gränserna för storlek, nästling och YAML-alias (limits i mandat.config.json), så att ingen fil kan få kontrollen att hänga eller krascha.",
    en: "Files stay within the limits for size, nesting and YAML aliases (limits in mandat.config.json), so that no file can make the check hang or crash.",
  },
  messages: {
    fileSize: {
      sv: "Filen är {{size}} byte, mer än gränsen {{limit}} byte, så den kontrolleras inte.",
      en: "The file is {{size}} bytes, more than the limit of {{limit}} bytes, so it is not checked.",
      note: SETTING,
    },
    totalSize: {
      sv: "Filerna är tillsammans mer än gränsen {{limit}} byte; den här filen och de som följer kontrolleras inte.",
      en: "The files together exceed the limit of {{limit}} bytes; this file and the ones after it are not checked.",
      note: SETTING,
    },
    depth: {
      sv: "Texten är nästlad djupare än gränsen {{limit}} nivåer (listor, citat, betoning, länkar eller YAML), så filen kontrolleras inte vidare.",
      en: "The text is nested deeper than the limit of {{limit}} levels (lists, quotes, emphasis, links or YAML), so the file is not checked further.",
      note: {
        sv: "Minska nästlingen här, eller höj gränsen {{setting}} under limits i mandat.config.json om den verkligen behövs.",
        en: "Reduce the nesting here, or raise the limit {{setting}} under limits in mandat.config.json if it is really needed.",
      },
    },
    yamlAliases: {
      sv: "YAML-texten använder alias (*namn) mer än gränsen {{limit}} gånger, så den läses inte.",
      en: "The YAML uses aliases (*name) more than the limit of {{limit}} times, so it is not read.",
      note: {
        sv: "Skriv ut värdena i stället för att hänvisa till dem med alias, eller höj gränsen {{setting}} under limits i mandat.config.json.",
        en: "Write the values out instead of referring to them with aliases, or raise the limit {{setting}} under limits in mandat.config.json.",
      },
    },
  },
});
