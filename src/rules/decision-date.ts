import type { Mandate } from "../doctypes/mandate/data.generated.js";
import { defineRule } from "../link/rule.js";

/** A mandate's decision date is not before the document's own date. */
const rule = defineRule({
  id: "decision-date",
  severity: "error",
  stage: "link",
  // Looks at one document at a time (and the registry), so its findings are cached per document.
  scope: "document",
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
    for (const { doc, data } of ctx.ofType<Mandate>("uppdragshandling")) {
      // ISO dates (the schema's format) compare correctly as strings.
      if (!data.decision || data.decision.date >= data.date) continue;
      ctx.report({ doc, path: ["decision", "date"], messageId: "beforeDocument", data: { decided: data.decision.date, date: data.date } });
    }
  },
});

export default rule;
