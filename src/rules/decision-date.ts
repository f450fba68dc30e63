import { mandates, placeIn, type LinkContext } from "../link/compat.js";
import { defineRule } from "../link/rule.js";

const rule = defineRule({
  id: "decision-date",
  severity: "error",
  stage: "link",
  description: {
    sv: "Ett mandat beslutas inte före dokumentets eget datum.",
    en: "A mandate is not decided before the document's own date.",
  },
  messages: {
    beforeDocument: {
      sv: "Beslutsdatumet {{decided}} ligger före dokumentets datum {{date}}.",
      en: "The decision date {{decided}} is before the document date {{date}}.",
      note: { sv: "Ett beslut fattas om ett färdigt dokument; rätta något av datumen.", en: "A decision is taken on a finished document; correct one of the dates." },
    },
  },
  check(ctx) {
    for (const { file, data } of mandates(ctx)) {
      // ISO dates (the schema's format) compare correctly as strings.
      if (data.decision.date >= data.date) continue;
      const path = ["decision", "date"];
      ctx.report(rule, { file: file.path, place: placeIn(file, path), path, messageId: "beforeDocument", data: { decided: data.decision.date, date: data.date } });
    }
  },
});

export default rule;
