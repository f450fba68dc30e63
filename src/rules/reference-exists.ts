import { placeIn, type LinkContext } from "../link/context.js";
import { proseRefs } from "../link/prose-refs.js";
import { closest } from "../link/suggest.js";
import type { RefKind } from "../model/types.js";
import { defineRule, type Report } from "./define.js";

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const KIND_NAMES: Record<RefKind, { sv: string; en: string; file: string }> = {
  person: { sv: "Personen", en: "The person", file: "people" },
  role: { sv: "Rollen", en: "The role", file: "roles" },
  group: { sv: "Gruppen", en: "The group", file: "groups" },
  organisation: { sv: "Organisationen", en: "The organisation", file: "organisations" },
  document: { sv: "Dokumentet", en: "The document", file: "documents" },
};

const rule = defineRule<"unknown" | "unknownSuggest", LinkContext>({
  id: "reference-exists",
  severity: "error",
  stage: "link",
  description: {
    sv: "Varje id som ett dokument eller register hänvisar till finns i sitt register, också diarienummer i löptext och grupp:-länkar i brödtexten.",
    en: "Every id a document or registry refers to exists in its registry, also diarienummer in running text and grupp: links in the body.",
  },
  messages: {
    unknown: {
      sv: "{{kind}} {{id}} finns inte i registret.",
      en: "{{kind}} {{id}} is not in the registry.",
      note: {
        sv: "Lägg till {{id}} i mandates/registry/{{file}}.yaml eller rätta id:t.",
        en: "Add {{id}} to mandates/registry/{{file}}.yaml or correct the id.",
      },
    },
    unknownSuggest: {
      sv: "{{kind}} {{id}} finns inte i registret. Menade du {{suggestion}}?",
      en: "{{kind}} {{id}} is not in the registry. Did you mean {{suggestion}}?",
      note: {
        sv: "Rätta id:t, eller lägg till {{id}} i mandates/registry/{{file}}.yaml om det är en ny post.",
        en: "Correct the id, or add {{id}} to mandates/registry/{{file}}.yaml if it is a new entry.",
      },
    },
  },
  check(ctx) {
    const unknown = (kind: RefKind, id: string, at: Pick<Report, "file" | "place" | "path">) => {
      const names = KIND_NAMES[kind];
      const lang = ctx.lang;
      const candidates = closest(id, ctx.registry.table(kind).keys());
      ctx.report(rule, {
        ...at,
        messageId: candidates.length > 0 ? "unknownSuggest" : "unknown",
        data: { kind: names[lang], id, file: names.file, suggestion: candidates.join(lang === "sv" ? " eller " : " or ") },
        actual: id,
        ...(candidates.length > 0 && { expected: candidates }),
      });
    };
    // A document may name another document of the corpus by its diarienummer.
    const own = new Set(ctx.documents.map((d) => (d.data as { diarienummer?: unknown } | undefined)?.diarienummer).filter((n) => typeof n === "string"));
    for (const file of [...ctx.registryFiles, ...ctx.documents]) {
      if (file.fatal) continue;
      for (const ref of file.refs) {
        // An ill-formed id is already a schema error; a second diagnostic on it would be noise.
        if (ref.kind !== "document" && !ID.test(ref.id)) continue;
        if (ctx.registry.has(ref.kind, ref.id)) continue;
        unknown(ref.kind, ref.id, { file: file.file.path, place: placeIn(file, ref.path), path: ref.path });
      }
      // References in running text: a diarienummer in a sentence, a grupp: link in the body.
      for (const ref of proseRefs(file)) {
        if (ctx.registry.has(ref.kind, ref.id) || (ref.kind === "document" && own.has(ref.id))) continue;
        unknown(ref.kind, ref.id, { file: ref.file, place: ref.place });
      }
    }
  },
});

export default rule;
