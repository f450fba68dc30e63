import { common, type Localised } from "../diagnostics/messages.js";
import { findDiarienummer, type DiarienummerProblem } from "../link/diarienummer.js";
import { proseTexts } from "../link/prose.js";
import type { Registry } from "../link/registry.js";
import { defineRule } from "../link/rule.js";
import type { Doc } from "../parse/doc.js";

/** What is wrong, as what "står" in the number. */
const PROBLEMS: Record<DiarienummerProblem, Localised> = {
  noSpace: { sv: "inget mellanslag efter prefixet", en: "no space after the prefix" },
  otherSpace: { sv: "något annat än ett vanligt mellanslag efter prefixet", en: "something other than one plain space after the prefix" },
  dash: { sv: "ett tankstreck eller annat streck i stället för bindestreck", en: "a dash other than the hyphen" },
  spacedDash: { sv: "mellanslag runt strecket", en: "spaces around the dash" },
  case: { sv: "prefixet med gemener", en: "the prefix in lower case" },
  shortSerial: { sv: "löpnumret utan inledande nollor (det har fem siffror)", en: "the serial without its leading zeros (it has five digits)" },
};

/** Diarium prefixes in use: the registry's documents' and the document's own ("RS", "SSN"). */
function knownPrefixes(registry: Registry, doc: Doc): Set<string> {
  const prefixes = new Set<string>();
  const add = (n: unknown) => {
    const m = typeof n === "string" ? /^(\p{Lu}{2,5}) /u.exec(n) : null;
    if (m) prefixes.add(m[1]!);
  };
  for (const entry of registry.documents.values()) add(entry.value.diarienummer);
  add((doc.data as { diarienummer?: unknown } | undefined)?.diarienummer);
  return prefixes;
}

/** "x och y" in every language. */
function joinAnd(items: Localised[]): Localised {
  return { sv: items.map((i) => i.sv).join(common.and.sv), en: items.map((i) => i.en).join(common.and.en) };
}

/** A diarienummer written with the wrong space or dash, in the body or the frontmatter's free text. */
const rule = defineRule({
  id: "diarienummer-format",
  severity: "error",
  stage: "link",
  // Looks at one document at a time (and the registry), so its findings are cached per document.
  scope: "document",
  description: {
    sv: "Ett diarienummer i brödtexten eller frontmatterns fritext skrivs som RS 2024-00370: prefix med versaler, mellanslag, år, bindestreck, löpnummer med fem siffror.",
    en: "A diarienummer in the body or the frontmatter's free text is written as RS 2024-00370: upper-case prefix, space, year, hyphen, five-digit serial number.",
  },
  messages: {
    malformed: {
      sv: "Diarienumret \"{{actual}}\" har fel form; skriv {{expected}}.",
      en: "The diarienummer \"{{actual}}\" is malformed; write {{expected}}.",
      note: {
        sv: "I \"{{actual}}\" står {{problem}}. Ett diarienummer skrivs med vanligt mellanslag efter prefixet och vanligt bindestreck utan mellanslag runt: RS 2024-00370, RS 2019-03137-40.",
        en: "In \"{{actual}}\" there is {{problem}}. A diarienummer has one plain space after the prefix and a plain hyphen without spaces: RS 2024-00370, RS 2019-03137-40.",
      },
    },
  },
  check(ctx) {
    for (const doc of ctx.documents) {
      const prefixes = knownPrefixes(ctx.registry, doc);
      for (const text of proseTexts(doc)) {
        for (const m of findDiarienummer(text.value, { prefixes })) {
          if (m.wellFormed) continue;
          // The right form is certain, not a guess: the message says it, so no `expected` ("Menade du …?").
          ctx.report({
            file: text.file,
            place: text.placeOf(m.offset, m.length),
            ...(text.path && { path: text.path }),
            messageId: "malformed",
            data: { actual: m.raw.replace(/\s+/g, " "), expected: m.normalised, problem: joinAnd(m.problems.map((p) => PROBLEMS[p])) },
            actual: m.raw,
          });
        }
      }
    }
  },
});

export default rule;
