import type { Mandate } from "../doctypes/mandate/data.generated.js";
import { defineRule } from "../link/rule.js";

/**
 * A council's document that says a passage of the shared standard text otherwise (`deviations:`):
 * the point of a shared text is that the councils say the same, so every deviation is worth a look.
 * An original's own deviation stays, acknowledged with a suppression comment.
 */
const rule = defineRule({
  id: "standard-text-deviation",
  severity: "warning",
  stage: "link",
  // Looks at one document at a time, so its findings are cached per document.
  scope: "document",
  description: {
    sv: "Ett dokument som inkluderar en gemensam standardtext skiljer sig inte från den (deviations: i frontmattern).",
    en: "A document that includes a shared standard text does not differ from it (deviations: in the frontmatter).",
  },
  messages: {
    differs: {
      sv: "Skiljer sig från standardtexten: \"{{standard}}\" står här som \"{{text}}\".",
      en: "Differs from the standard text: \"{{standard}}\" reads \"{{text}}\" here.",
      note: {
        sv: "Ska dokumentet säga samma sak som de andra, ta bort avvikelsen. Är det originalets lydelse, kvittera den med # mandat-disable-next-line standard-text-deviation -- skäl.",
        en: "If the document should say what the others say, remove the deviation. If it is the original's wording, acknowledge it with # mandat-disable-next-line standard-text-deviation -- reason.",
      },
    },
  },
  check(ctx) {
    for (const { doc, data } of ctx.ofType<Mandate>("uppdragshandling")) {
      (data.deviations ?? []).forEach((d, i) => {
        ctx.report({ doc, path: ["deviations", i, "text"], messageId: "differs", data: { standard: d.standard, text: d.text }, actual: d.text });
      });
    }
  },
});

export default rule;
