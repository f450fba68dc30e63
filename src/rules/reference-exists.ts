import { KINDS, kindOfRegistry, type RefKind } from "../link/kinds.js";
import { proseRefs } from "../link/prose-refs.js";
import type { Location } from "../link/context.js";
import { defineRule } from "../link/rule.js";
import { isReadable } from "../parse/doc.js";
import { closest } from "../util/closest.js";

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const rule = defineRule({
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
      sv: "{{kind}} {{id}} finns inte i registret.",
      en: "{{kind}} {{id}} is not in the registry.",
      note: {
        sv: "Rätta id:t, eller lägg till {{id}} i mandates/registry/{{file}}.yaml om det är en ny post.",
        en: "Correct the id, or add {{id}} to mandates/registry/{{file}}.yaml if it is a new entry.",
      },
    },
  },
  check(ctx) {
    const unknown = (kind: RefKind, id: string, at: Location) => {
      const candidates = closest(id, ctx.registry.table(kind).keys());
      ctx.report({
        ...at,
        // With candidates the fix is more likely a typo than a missing entry; the note says so.
        messageId: candidates.length > 0 ? "unknownSuggest" : "unknown",
        data: { kind: KINDS[kind].name, id, file: KINDS[kind].registry },
        actual: id,
        expected: candidates,
      });
    };
    // A registry file that could not be read is already an error; every reference into it would echo it.
    const unreadable = new Set(ctx.registryFiles.filter((f) => !isReadable(f) && f.source.registry).map((f) => kindOfRegistry(f.source.registry!)));
    // A document may name another document of the corpus by its diarienummer.
    const own = new Set(ctx.documents.map((d) => (d.data as { diarienummer?: unknown } | undefined)?.diarienummer).filter((n) => typeof n === "string"));
    for (const doc of [...ctx.registryFiles, ...ctx.documents]) {
      if (!isReadable(doc)) continue;
      for (const ref of doc.refs) {
        // An ill-formed id is already a schema error; a second diagnostic on it would be noise.
        if (ref.kind !== "document" && !ID.test(ref.id)) continue;
        if (ctx.registry.has(ref.kind, ref.id) || unreadable.has(ref.kind)) continue;
        unknown(ref.kind, ref.id, { doc, path: ref.path });
      }
      // References in running text: a diarienummer in a sentence, a grupp: link in the body.
      for (const ref of proseRefs(doc)) {
        if (ctx.registry.has(ref.kind, ref.id) || unreadable.has(ref.kind) || (ref.kind === "document" && own.has(ref.id))) continue;
        unknown(ref.kind, ref.id, { file: ref.file, place: ref.place });
      }
    }
  },
});

export default rule;
