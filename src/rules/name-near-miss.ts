import { findNearMisses, prepare, type CanonicalName, type PreparedNames } from "../link/name-match.js";
import type { Registry } from "../link/registry.js";
import { proseTexts } from "../link/prose.js";
import { defineRule } from "../link/rule.js";

/** The registry file each kind of name lives in. */
const FILES: Record<CanonicalName["kind"], string> = { organisation: "organisations", role: "roles", group: "groups" };

/** A misspelt organisation, role or group name in free text ("Folk tandvården"), with the registry's form. */
const rule = defineRule({
  id: "name-near-miss",
  severity: "error",
  stage: "link",
  // Looks at one document at a time (and the registry), so its findings are cached per document.
  scope: "document",
  description: {
    sv: "Ett namn i fritexten som liknar en organisation, roll eller grupp i registret stavas som i registret (böjningar och liten begynnelsebokstav går bra).",
    en: "A name in free text that resembles an organisation, role or group of the registry is spelt as in the registry (inflected forms and a lower-case initial are fine).",
  },
  messages: {
    nearMiss: {
      sv: "\"{{actual}}\" liknar {{kind}} {{name}} men är inte samma.",
      en: "\"{{actual}}\" looks like the {{kind}} {{name}} but is not the same.",
      note: {
        sv: "Skriv namnet som i mandates/registry/{{file}}.yaml, böjt efter sammanhanget.",
        en: "Write the name as in mandates/registry/{{file}}.yaml, inflected to fit the sentence.",
      },
    },
  },
  phrases: {
    organisation: { sv: "organisationen", en: "organisation" },
    role: { sv: "rollen", en: "role" },
    group: { sv: "gruppen", en: "group" },
  },
  check(ctx) {
    const prepared = preparedNames(ctx.registry);
    for (const doc of ctx.documents) {
      for (const text of proseTexts(doc)) {
        // The original's wording of an id is compared with the registry by as-written, more precisely.
        if (text.path?.includes("asWritten")) continue;
        for (const hit of findNearMisses(text.value, prepared)) {
          ctx.report({
            file: text.file,
            place: text.placeOf(hit.offset, hit.length),
            ...(text.path && { path: text.path }),
            messageId: "nearMiss",
            data: { actual: hit.actual, kind: ctx.phrase(hit.name.kind), name: hit.name.name, file: FILES[hit.name.kind] },
            actual: hit.actual,
            // The registry's form, inflected like the text: the reporter asks "Menade du …?".
            expected: [hit.suggestion],
          });
        }
      }
    }
  },
});

export default rule;

// The rule runs once per document: the index of names (and the verdicts it caches) is made once per registry.
const prepared = new WeakMap<Registry, PreparedNames>();

function preparedNames(registry: Registry): PreparedNames {
  let hit = prepared.get(registry);
  if (!hit) {
    const names: CanonicalName[] = [];
    for (const kind of ["organisation", "role", "group"] as const) {
      for (const [id, entry] of registry.table(kind)) {
        const name = entry.value.name;
        if (!name) continue;
        for (const text of [name, ...(entry.value.shortNames ?? [])]) names.push({ kind, id, name, text });
      }
    }
    hit = prepare(names);
    prepared.set(registry, hit);
  }
  return hit;
}
