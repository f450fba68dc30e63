import { mandates, meetingNotes, type LinkContext } from "../link/compat.js";
import { proseTexts } from "../link/prose.js";
import type { Doc as ValidatedFile } from "../parse/doc.js";
import { defineRule } from "../link/rule.js";

/**
 * What VGR's Word templates and their editors leave behind: "(ifylls av beslutsfattaren …)",
 * "XX" for a number not known yet, a date template, and the programmer's TODO.
 */
const PLACEHOLDERS: RegExp[] = [
  /ifylls\s+av\b[^()\n]*/giu,
  /(?<![\p{L}\p{N}])(?:XX+|xx+)(?![\p{L}\p{N}])/gu,
  /ÅÅÅÅ-MM-DD/giu,
  /(?<![\p{L}\p{N}])(?:TODO|FIXME|TBD)(?![\p{L}\p{N}])/gu,
];

const rule = defineRule({
  id: "placeholder-text",
  severity: "error",
  stage: "link",
  description: {
    sv: "Ett beslutat mandat eller justerade anteckningar har ingen kvarglömd platshållare (\"ifylls av …\", \"XX\", \"TODO\").",
    en: "A decided mandate or approved notes have no leftover placeholder (\"ifylls av …\", \"XX\", \"TODO\").",
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
  check(ctx) {
    // Every mandate is decided (the schema requires decision); notes count once approved.
    const decided: { file: ValidatedFile; what: { sv: string; en: string } }[] = [
      ...mandates(ctx).map(({ file }) => ({ file, what: { sv: "ett beslutat mandat", en: "a decided mandate" } })),
      ...meetingNotes(ctx)
        .filter(({ data }) => data.approvedBy)
        .map(({ file }) => ({ file, what: { sv: "justerade mötesanteckningar", en: "approved meeting notes" } })),
    ];
    for (const { file, what } of decided) {
      for (const text of proseTexts(file)) {
        for (const pattern of PLACEHOLDERS) {
          for (const match of text.value.matchAll(pattern)) {
            const found = match[0].trimEnd();
            ctx.report(rule, {
              file: text.file,
              place: text.placeOf(match.index, found.length),
              ...(text.path && { path: text.path }),
              messageId: "placeholder",
              data: { text: found, what: what[ctx.lang] },
              actual: found,
            });
          }
        }
      }
    }
  },
});

export default rule;
