import type { LinkContext } from "../link/compat.js";
import { findNearMisses, prepare, type CanonicalName } from "../link/name-match.js";
import { proseTexts } from "../link/prose.js";
import { defineRule } from "../link/rule.js";

const KINDS: Record<CanonicalName["kind"], { sv: string; en: string; file: string }> = {
  organisation: { sv: "organisationen", en: "organisation", file: "organisations" },
  role: { sv: "rollen", en: "role", file: "roles" },
  group: { sv: "gruppen", en: "group", file: "groups" },
};

const rule = defineRule({
  id: "name-near-miss",
  severity: "error",
  stage: "link",
  description: {
    sv: "Ett namn i fritexten som liknar en organisation, roll eller grupp i registret stavas som i registret (böjningar och liten begynnelsebokstav går bra).",
    en: "A name in free text that resembles an organisation, role or group of the registry is spelt as in the registry (inflected forms and a lower-case initial are fine).",
  },
  messages: {
    nearMiss: {
      sv: "\"{{actual}}\" liknar {{kind}} {{name}} men är inte samma. Menade du {{suggestion}}?",
      en: "\"{{actual}}\" looks like the {{kind}} {{name}} but is not the same. Did you mean {{suggestion}}?",
      note: {
        sv: "Skriv namnet som i mandates/registry/{{file}}.yaml, böjt efter sammanhanget.",
        en: "Write the name as in mandates/registry/{{file}}.yaml, inflected to fit the sentence.",
      },
    },
  },
  check(ctx) {
    const names: CanonicalName[] = [];
    for (const kind of ["organisation", "role", "group"] as const) {
      for (const [id, entry] of ctx.registry.table(kind)) {
        const name = entry.value.name;
        if (!name) continue;
        for (const text of [name, ...(entry.value.shortNames ?? [])]) names.push({ kind, id, name, text });
      }
    }
    const prepared = prepare(names);
    for (const file of ctx.documents) {
      for (const text of proseTexts(file)) {
        for (const hit of findNearMisses(text.value, prepared)) {
          const kind = KINDS[hit.name.kind];
          ctx.report(rule, {
            file: text.file,
            place: text.placeOf(hit.offset, hit.length),
            ...(text.path && { path: text.path }),
            messageId: "nearMiss",
            data: { actual: hit.actual, kind: kind[ctx.lang], name: hit.name.name, suggestion: hit.suggestion, file: kind.file },
            actual: hit.actual,
            expected: [hit.suggestion],
          });
        }
      }
    }
  },
});

export default rule;
