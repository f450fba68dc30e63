import { defineRule } from "../link/rule.js";

/** A document referred to by diarienummer is in force, today and at the referring document's date. */
const rule = defineRule({
  id: "document-validity",
  severity: "warning",
  stage: "link",
  // Looks at one document at a time (and the registry), so its findings are cached per document.
  scope: "document",
  description: {
    sv: "Ett dokument som hänvisas till gäller: dess giltighetstid har inte gått ut.",
    en: "A document referred to is in force: its validity has not ended.",
  },
  messages: {
    ended: {
      sv: "{{diarienummer}} ({{title}}) gällde till {{until}} och har gått ut.",
      en: "{{diarienummer}} ({{title}}) was valid until {{until}} and has expired.",
      note: {
        sv: "Hänvisa till det dokument som ersatt det, eller uppdatera giltighetstiden i mandates/registry/documents.yaml.",
        en: "Refer to the document that replaced it, or update its validity in mandates/registry/documents.yaml.",
      },
    },
    notYet: {
      sv: "{{diarienummer}} ({{title}}) gäller först från {{from}}, efter dokumentets datum {{date}}.",
      en: "{{diarienummer}} ({{title}}) is valid only from {{from}}, after the document date {{date}}.",
    },
  },
  check(ctx) {
    for (const doc of ctx.documents) {
      const date = (doc.data as { date?: unknown } | undefined)?.date;
      for (const ref of doc.refs) {
        if (ref.kind !== "document") continue;
        const target = ctx.registry.document(ref.id);
        if (!target) continue;
        const data = { diarienummer: target.diarienummer, title: target.title };
        if (target.validUntil && target.validUntil < ctx.today) {
          ctx.report({ doc, path: ref.path, messageId: "ended", data: { ...data, until: target.validUntil } });
        } else if (target.validFrom && typeof date === "string" && target.validFrom > date) {
          ctx.report({ doc, path: ref.path, messageId: "notYet", data: { ...data, from: target.validFrom, date } });
        }
      }
    }
  },
});

export default rule;
