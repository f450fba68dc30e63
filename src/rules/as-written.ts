import { findDiarienummer } from "../link/diarienummer.js";
import { writtenAs } from "../link/name-match.js";
import { defineRule } from "../link/rule.js";
import type { RefKind } from "../link/kinds.js";
import type { Registry } from "../link/registry.js";
import { hasValidData, type DataPath, type Doc } from "../parse/doc.js";
import { asWrittenEntries } from "../link/as-written.js";
import { firstNameMatch } from "../link/people.js";

/**
 * The original's wording of an id (`asWritten`) names the same thing as the registry: a registrar
 * who reads "Rehabilitering & Hälsa" where the id says Habilitering & Hälsa wants to know. A known
 * mistake of an original stays as written and is acknowledged with a suppression comment.
 */
const rule = defineRule({
  id: "as-written",
  severity: "warning",
  stage: "link",
  // Looks at one document at a time (and the registry), so its findings are cached per document.
  scope: "document",
  description: {
    sv: "Originalets formulering i asWritten nämner samma sak som fältet bredvid: registrets namn (böjt), samma diarienummer, datum eller tid.",
    en: "The original's wording in asWritten names the same thing as the field next to it: the registry's name (inflected), the same diarienummer, date or time.",
  },
  messages: {
    name: {
      sv: "Originalet skriver \"{{actual}}\" för {{kind}} {{id}}, som i registret heter {{names}}.",
      en: "The original writes \"{{actual}}\" for the {{kind}} {{id}}, which the registry calls {{names}}.",
      note: {
        sv: "Är id:t fel, rätta det. Är det originalet som har fel, låt formuleringen stå och kvittera den på raden före med # mandat-disable-next-line as-written -- skäl.",
        en: "If the id is wrong, correct it. If the original is wrong, keep its wording and acknowledge it on the line before with # mandat-disable-next-line as-written -- reason.",
      },
    },
    value: {
      sv: "Originalet skriver \"{{actual}}\" för {{field}}, men värdet är {{value}}.",
      en: "The original writes \"{{actual}}\" for {{field}}, but the value is {{value}}.",
      note: {
        sv: "Formuleringen ska innehålla samma uppgift som fältet; rätta den ena.",
        en: "The wording should state the same fact as the field; correct one of them.",
      },
    },
    noField: {
      sv: "asWritten har {{field}}, men här finns inget fält {{field}} att skriva som i originalet.",
      en: "asWritten has {{field}}, but there is no field {{field}} here to write as in the original.",
      note: { sv: "Fält här: {{fields}}.", en: "Fields here: {{fields}}." },
    },
    notInList: {
      sv: "asWritten.{{field}} har {{id}}, som inte står i listan {{field}}.",
      en: "asWritten.{{field}} has {{id}}, which is not in the list {{field}}.",
    },
  },
  phrases: {
    person: { sv: "personen", en: "person" },
    role: { sv: "rollen", en: "role" },
    group: { sv: "gruppen", en: "group" },
    organisation: { sv: "organisationen", en: "organisation" },
    document: { sv: "dokumentet", en: "document" },
  },
  check(ctx) {
    // A document that does not match its schema has its fields reported there first.
    for (const doc of ctx.documents.filter(hasValidData)) {
      for (const entry of asWrittenEntries(doc)) {
        const { owner, ownerPath, field, wording } = entry;
        const at: DataPath = [...ownerPath, "asWritten", field];
        const value = owner[field];
        if (value === undefined) {
          const fields = Object.keys(owner).filter((k) => k !== "asWritten");
          ctx.report({ doc, path: at, key: true, messageId: "noField", data: { field, fields: fields.join(", ") } });
          continue;
        }
        if (typeof wording === "string") {
          const kind = refKind(doc, [...ownerPath, field]);
          if (kind && kind !== "document" && typeof value === "string") {
            const names = namesOf(ctx.registry, kind, value);
            if (names.length > 0 && !names.some((n) => writtenAs(wording, n) || (kind === "person" && shortFormOf(wording, n)))) {
              ctx.report({
                doc,
                path: at,
                messageId: "name",
                data: { actual: wording, kind: ctx.phrase(kind), id: value, names: names.join(", ") },
                actual: wording,
              });
            }
            continue;
          }
          if (typeof value === "string" && !sameFact(wording, value)) {
            ctx.report({ doc, path: at, messageId: "value", data: { actual: wording, field, value }, actual: wording });
          }
          continue;
        }
        // A list of ids: one wording per id.
        const list = Array.isArray(value) ? value : [];
        for (const [id, text] of Object.entries(wording)) {
          const index = list.indexOf(id);
          if (index < 0) {
            ctx.report({ doc, path: [...at, id], key: true, messageId: "notInList", data: { field, id } });
            continue;
          }
          const kind = refKind(doc, [...ownerPath, field, index]);
          if (!kind || kind === "document") continue;
          const names = namesOf(ctx.registry, kind, id);
          if (names.length > 0 && !names.some((n) => writtenAs(text, n) || (kind === "person" && shortFormOf(text, n)))) {
            ctx.report({
              doc,
              path: [...at, id],
              messageId: "name",
              data: { actual: text, kind: ctx.phrase(kind), id, names: names.join(", ") },
              actual: text,
            });
          }
        }
      }
    }
  },
});

export default rule;

function refKind(doc: Doc, path: DataPath): RefKind | undefined {
  const key = JSON.stringify(path);
  return doc.refs.find((r) => JSON.stringify(r.path) === key)?.kind;
}

/** "Susanne G", "Katrin MP": the person's first name and the initials of (some of) the surnames. */
function shortFormOf(written: string, name: string): boolean {
  const [first, ...surnames] = name.trim().split(/\s+/);
  const m = /^(\S+)\s+(\p{Lu}{1,3})$/u.exec(written.trim());
  if (!m || !first || surnames.length === 0) return false;
  return firstNameMatch(m[1]!, first) === "same" && surnames.map((s) => s[0]!.toUpperCase()).join("").startsWith(m[2]!);
}

/** The registry's names of an entry: name (or title) and short names; none when unknown (reference-exists says so). */
function namesOf(registry: Registry, kind: Exclude<RefKind, "document">, id: string): string[] {
  const entry = registry.table(kind).get(id)?.value as { name?: string; shortNames?: string[] } | undefined;
  if (!entry?.name) return [];
  return [entry.name, ...(entry.shortNames ?? [])];
}

/**
 * The wording states the value: a diarienummer in any form that normalises to it, a date or time
 * written within it ("2026-06-17 (ifylls av …)", "9:00" for 09:00), or the text itself.
 */
function sameFact(wording: string, value: string): boolean {
  const numbers = findDiarienummer(wording);
  if (numbers.length > 0) return numbers.some((m) => m.normalised === value);
  if (/^\d{2}:\d{2}$/.test(value)) return wording.includes(value) || wording.includes(value.replace(/^0/, ""));
  return wording.toLowerCase().includes(value.toLowerCase());
}
