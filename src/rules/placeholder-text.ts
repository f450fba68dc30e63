import type { Mandate } from "../doctypes/mandate/data.generated.js";
import type { MeetingNotes } from "../doctypes/meeting-notes/data.generated.js";
import { mandateStatus, notesStatus } from "../doctypes/lifecycle.js";
import { proseTexts } from "../link/prose.js";
import { defineRule } from "../link/rule.js";
import type { Doc } from "../parse/doc.js";

/**
 * What VGR's Word templates and their editors leave behind: "(ifylls av beslutsfattaren …)",
 * "XX" for a number not known yet, a date template, and the programmer's TODO.
 */
const PLACEHOLDERS: RegExp[] = [
  /ifylls\s+av\b[^()\n]*/giu,
  /(?<![\p{L}\p{N}])(?:XX+|xx+)(?![\p{L}\p{N}])/gu,
  /ÅÅÅÅ-MM-DD/giu,
  /(?<![\p{L}\p{N}])(?:TODO|FIXME|TBD)(?![\p{L}\p{N}])/gu,
  // A field of a form: "[namn]", "[Datum]", "[ange förvaltning]".
  /\[[\p{L}][\p{L} .,/-]{1,38}\]/gu,
  // A line to write on: "____", "Ansvarig: ______".
  /_{3,}/g,
];

/** A template's placeholder left in a decided mandate or approved meeting notes. */
const rule = defineRule({
  id: "placeholder-text",
  severity: "error",
  stage: "link",
  // Looks at one document at a time (and the registry), so its findings are cached per document.
  scope: "document",
  description: {
    sv: "En fastställd (eller upphävd) uppdragshandling eller justerade anteckningar har ingen kvarglömd platshållare (\"ifylls av …\", \"XX\", \"TODO\", \"[namn]\", \"____\"); ett utkast och preliminära anteckningar får ha dem.",
    en: "An adopted (or repealed) mandate or approved notes have no leftover placeholder (\"ifylls av …\", \"XX\", \"TODO\", \"[namn]\", \"____\"); a draft and preliminary notes may have them.",
  },
  messages: {
    placeholder: {
      sv: "Platshållaren \"{{text}}\" står kvar i {{what}}.",
      en: "The placeholder \"{{text}}\" is left in {{what}}.",
      note: {
        sv: "Skriv in det som ska stå där, eller ta bort platshållaren.",
        en: "Write what belongs there, or remove the placeholder.",
      },
    },
  },
  phrases: {
    mandate: { sv: "en fastställd uppdragshandling", en: "an adopted mandate" },
    notes: { sv: "justerade mötesanteckningar", en: "approved meeting notes" },
  },
  check(ctx) {
    // A draft and preliminary notes are work in progress: placeholders are expected there until adopted or approved.
    const decided: { doc: Doc; what: "mandate" | "notes" }[] = [
      ...ctx
        .ofType<Mandate>("uppdragshandling")
        .filter(({ data }) => mandateStatus(data) !== "utkast")
        .map(({ doc }) => ({ doc, what: "mandate" as const })),
      ...ctx
        .ofType<MeetingNotes>("motesanteckning")
        .filter(({ data }) => notesStatus(data) === "justerad")
        .map(({ doc }) => ({ doc, what: "notes" as const })),
    ];
    for (const { doc, what } of decided) {
      for (const text of proseTexts(doc)) {
        for (const pattern of PLACEHOLDERS) {
          for (const match of text.value.matchAll(pattern)) {
            const found = match[0].trimEnd();
            ctx.report({
              file: text.file,
              place: text.placeOf(match.index, found.length),
              ...(text.path && { path: text.path }),
              messageId: "placeholder",
              data: { text: found, what: ctx.phrase(what) },
              actual: found,
            });
          }
        }
      }
    }
  },
});

export default rule;
