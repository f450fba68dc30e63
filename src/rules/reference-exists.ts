import { placeIn, type LinkContext } from "../link/context.js";
import { closest } from "../link/suggest.js";
import type { RefKind } from "../model/types.js";
import { defineRule } from "./define.js";

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
    sv: "Varje id som ett dokument eller register hänvisar till finns i sitt register.",
    en: "Every id a document or registry refers to exists in its registry.",
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
    for (const file of [...ctx.registryFiles, ...ctx.documents]) {
      if (file.fatal) continue;
      for (const ref of file.refs) {
        // An ill-formed id is already a schema error; a second diagnostic on it would be noise.
        if (ref.kind !== "document" && !ID.test(ref.id)) continue;
        if (ctx.registry.has(ref.kind, ref.id)) continue;
        const names = KIND_NAMES[ref.kind];
        const lang = ctx.lang;
        const kind = names[lang];
        const candidates = closest(ref.id, ctx.registry.table(ref.kind).keys());
        ctx.report(rule, {
          file: file.file.path,
          place: placeIn(file, ref.path),
          path: ref.path,
          messageId: candidates.length > 0 ? "unknownSuggest" : "unknown",
          data: { kind, id: ref.id, file: names.file, suggestion: candidates.join(lang === "sv" ? " eller " : " or ") },
          actual: ref.id,
          ...(candidates.length > 0 && { expected: candidates }),
        });
      }
    }
  },
});

export default rule;
