/** Files mandat may not or cannot read (reported by src/load/read.ts); the file's contents are never shown. */
import { defineMeta } from "../../diagnostics/rule.js";

export default defineMeta({
  id: "file-access",
  severity: "error",
  stage: "parse",
  description: {
    sv: "Varje fil som kontrolleras ligger i repositoriet (även via symboliska länkar) och går att läsa.",
    en: "Every file that is checked lies in the repository (symbolic links included) and can be read.",
  },
  messages: {
    outside: {
      sv: "{{path}} leder utanför repositoriet (en symbolisk länk eller en sökväg ut ur roten), så den läses inte.",
      en: "{{path}} leads outside the repository (a symbolic link or a path out of the root), so it is not read.",
      note: {
        sv: "Lägg filen i repositoriet i stället för en länk till den, eller ta bort länken.",
        en: "Put the file in the repository instead of a link to it, or remove the link.",
      },
    },
    unreadable: {
      sv: "{{path}} går inte att läsa ({{reason}}).",
      en: "{{path}} cannot be read ({{reason}}).",
      note: {
        sv: "Ge den som kör mandat läsrätt till filen (till exempel chmod a+r), eller ta bort den.",
        en: "Give whoever runs mandat read permission on the file (e.g. chmod a+r), or remove it.",
      },
    },
    notFile: {
      sv: "{{path}} är ingen vanlig fil (till exempel en namngiven pipe eller en enhet), så den läses inte.",
      en: "{{path}} is not a regular file (e.g. a named pipe or a device), so it is not read.",
      note: { sv: "Ersätt den med en vanlig textfil eller ta bort den.", en: "Replace it with a plain text file or remove it." },
    },
  },
  phrases: {
    denied: { sv: "åtkomst nekad", en: "permission denied" },
    loop: { sv: "för många nivåer av symboliska länkar", en: "too many levels of symbolic links" },
    brokenLink: { sv: "en symbolisk länk till något som inte finns", en: "a symbolic link to something that does not exist" },
    other: { sv: "felkod {{code}}", en: "error code {{code}}" },
  },
});
