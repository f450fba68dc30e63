/** A bug in mandat met while checking one file: said at that file, and the other files are still checked. */
import { defineMeta } from "../diagnostics/rule.js";

export default defineMeta({
  id: "internal",
  severity: "error",
  stage: "parse",
  description: {
    sv: "Ett internt fel i mandat (en bugg, inte ett fel i dokumentet) stoppade kontrollen av en fil; de andra filerna kontrolleras ändå.",
    en: "An internal error in mandat (a bug, not a mistake in the document) stopped the check of one file; the other files are still checked.",
  },
  messages: {
    ruleCrash: {
      sv: "Internt fel i mandat i regeln {{rule}}: {{detail}}. Regeln hoppades över; de andra reglerna kördes.",
      en: "Internal error in mandat in the rule {{rule}}: {{detail}}. The rule was skipped; the other rules ran.",
      note: {
        sv: "Det är en bugg i mandat, inte i dokumenten. Rapportera den med meddelandet (kör med MANDAT_DEBUG=1 för mer).",
        en: "This is a bug in mandat, not in the documents. Report it with the message (run with MANDAT_DEBUG=1 for more).",
      },
    },
    crash: {
      sv: "Internt fel i mandat när filen kontrollerades: {{detail}}. Filen kontrolleras inte vidare.",
      en: "Internal error in mandat while checking the file: {{detail}}. The file is not checked further.",
      note: {
        sv: "Det är en bugg i mandat, inte i dokumentet. Rapportera den med filen och meddelandet (kör med MANDAT_DEBUG=1 för mer).",
        en: "This is a bug in mandat, not in the document. Report it with the file and the message (run with MANDAT_DEBUG=1 for more).",
      },
    },
  },
});
