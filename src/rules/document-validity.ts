import { proseRefs } from "../link/prose-refs.js";
import { placeOfPath } from "../parse/place.js";
import { defineRule } from "../link/rule.js";
import { titleCitations } from "../link/title-citations.js";

/** A document referred to by diarienummer is in force, today and at the referring document's date. */
const rule = defineRule({
  id: "document-validity",
  severity: "warning",
  stage: "link",
  // Looks at one document at a time (and the registry), so its findings are cached per document.
  scope: "document",
  description: {
    sv: "Ett dokument som hänvisas till, med diarienummer eller med sin titel i texten, gäller: dess giltighetstid har inte gått ut.",
    en: "A document referred to, by diarienummer or by its title in the text, is in force: its validity has not ended.",
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
    endedTitle: {
      sv: "\"{{title}}\" gällde till {{until}} och har gått ut.",
      en: "\"{{title}}\" was valid until {{until}} and has expired.",
      note: {
        sv: "Hänvisa till det dokument som ersatt det, eller uppdatera giltighetstiden i mandates/registry/documents.yaml.",
        en: "Refer to the document that replaced it, or update its validity in mandates/registry/documents.yaml.",
      },
    },
    notYetTitle: {
      sv: "\"{{title}}\" gäller först från {{from}}, efter dokumentets datum {{date}}.",
      en: "\"{{title}}\" is valid only from {{from}}, after the document date {{date}}.",
    },
    notYet: {
      sv: "{{diarienummer}} ({{title}}) gäller först från {{from}}, efter dokumentets datum {{date}}.",
      en: "{{diarienummer}} ({{title}}) is valid only from {{from}}, after the document date {{date}}.",
    },
  },
  check(ctx) {
    for (const doc of ctx.documents) {
      const date = (doc.data as { date?: unknown } | undefined)?.date;
      const cited = new Set<string>();
      for (const ref of doc.refs) {
        if (ref.kind !== "document") continue;
        cited.add(ref.id);
        const target = ctx.registry.document(ref.id);
        if (!target) continue;
        const data = { diarienummer: ref.id, title: target.title };
        if (target.validUntil && target.validUntil < ctx.today) {
          ctx.report({ doc, path: ref.path, messageId: "ended", data: { ...data, until: target.validUntil } });
        } else if (target.validFrom && typeof date === "string" && target.validFrom > date) {
          ctx.report({ doc, path: ref.path, messageId: "notYet", data: { ...data, from: target.validFrom, date } });
        }
      }
      // Cited by number in running text (a frontmatter value that is both a reference and prose, as
      // decision.delegation, was reported above).
      // Made only when needed: placing every reference of every document would read every document's places.
      let refPlaces: Set<string> | undefined;
      const isFrontmatterRef = (place: unknown) => (refPlaces ??= new Set(doc.refs.map((r) => JSON.stringify(placeOfPath(doc, r.path)?.start)))).has(JSON.stringify(place));
      for (const ref of proseRefs(doc)) {
        if (ref.kind !== "document") continue;
        cited.add(ref.id);
        if (ref.file === doc.path && isFrontmatterRef(ref.place?.start)) continue;
        const target = ctx.registry.document(ref.id);
        if (!target) continue;
        const data = { diarienummer: ref.id, title: target.title };
        if (target.validUntil && target.validUntil < ctx.today) {
          ctx.report({ file: ref.file, place: ref.place, messageId: "ended", data: { ...data, until: target.validUntil } });
        } else if (target.validFrom && typeof date === "string" && target.validFrom > date) {
          ctx.report({ file: ref.file, place: ref.place, messageId: "notYet", data: { ...data, from: target.validFrom, date } });
        }
      }
      // Cited by title: a document without a diarienummer, or one whose number the document does not give.
      // Only a document with a validity period can be cited out of it.
      for (const citation of titleCitations(doc, ctx.registry, (target) => Boolean(target.validUntil || target.validFrom))) {
        const { document: target, file, place } = citation;
        if (target.diarienummer && cited.has(target.diarienummer)) continue;
        if (target.validUntil && target.validUntil < ctx.today) {
          ctx.report({ file, place, messageId: "endedTitle", data: { title: target.title, until: target.validUntil } });
        } else if (target.validFrom && typeof date === "string" && target.validFrom > date) {
          ctx.report({ file, place, messageId: "notYetTitle", data: { title: target.title, from: target.validFrom, date } });
        }
      }
    }
  },
});

export default rule;
