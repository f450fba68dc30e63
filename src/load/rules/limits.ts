/**
 * How much input mandat accepts and how long a build may work on one document (config `limits`,
 * src/config/types.ts); a file beyond a limit is skipped, the others are checked.
 */
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
    sv: "Filer håller sig inom gränserna för storlek, nästling, YAML-alias och renderings- och utskriftstid (limits i mandat.config.json), så att ingen fil kan få kontrollen eller bygget att hänga eller krascha.",
    en: "Files stay within the limits for size, nesting, YAML aliases and render and print time (limits in mandat.config.json), so that no file can make the check or the build hang or crash.",
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
    renderTime: {
      sv: "HTML-renderingen av dokumentet tog mer än gränsen {{limit}} s och stoppades, så dokumentet byggs inte.",
      en: "Rendering the document's HTML took longer than the limit of {{limit}} s and was stopped, so the document is not built.",
      note: {
        sv: "Dela upp dokumentet eller förenkla det (mycket långa tabeller, listor eller många länkar), eller höj gränsen {{setting}} under limits i mandat.config.json om det verkligen behövs.",
        en: "Split or simplify the document (very long tables, lists or many links), or raise the limit {{setting}} under limits in mandat.config.json if it is really needed.",
      },
    },
    renderMemory: {
      sv: "HTML-renderingen av dokumentet behövde mer än {{limit}} MB minne och stoppades, så dokumentet byggs inte.",
      en: "Rendering the document's HTML needed more than {{limit}} MB of memory and was stopped, so the document is not built.",
      note: {
        sv: "Något i dokumentet blir mycket stort som HTML, t.ex. en tabell vars rubrikrad har tusentals kolumner (varje rad fylls ut till rubrikens bredd). Dela upp eller förenkla det.",
        en: "Something in the document becomes very large as HTML, e.g. a table whose header row has thousands of columns (every row is filled up to the header's width). Split or simplify it.",
      },
    },
    printTime: {
      sv: "Utskriften av dokumentet till PDF tog mer än gränsen {{limit}} s och stoppades, så bygget skrevs inte.",
      en: "Printing the document to PDF took longer than the limit of {{limit}} s and was stopped, so the build was not written.",
      note: {
        sv: "Dokumentet kan vara för stort eller innehålla något som Chromium fastnar på. Dela upp det, eller höj gränsen {{setting}} under limits i mandat.config.json (eller med --print-timeout) om det verkligen behövs.",
        en: "The document may be too large or hold something Chromium gets stuck on. Split it, or raise the limit {{setting}} under limits in mandat.config.json (or with --print-timeout) if it is really needed.",
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
