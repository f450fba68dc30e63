import type { LinkContext } from "../link/compat.js";
import { placeIn } from "../link/compat.js";
import { defineRule } from "../link/rule.js";

const rule = defineRule({
  id: "document-validity",
  severity: "warning",
  stage: "link",
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
    for (const file of ctx.documents) {
      const date = (file.data as { date?: unknown }).date;
      for (const ref of file.refs) {
        if (ref.kind !== "document") continue;
        const doc = ctx.registry.document(ref.id);
        if (!doc) continue;
        const base = { file: file.path, place: placeIn(file, ref.path), path: ref.path };
        const data = { diarienummer: doc.diarienummer, title: doc.title };
        if (doc.validUntil && doc.validUntil < ctx.today) {
          ctx.report(rule, { ...base, messageId: "ended", data: { ...data, until: doc.validUntil } });
        } else if (doc.validFrom && typeof date === "string" && doc.validFrom > date) {
          ctx.report(rule, { ...base, messageId: "notYet", data: { ...data, from: doc.validFrom, date } });
        }
      }
    }
  },
});

export default rule;
