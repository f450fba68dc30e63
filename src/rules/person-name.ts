import type { MeetingNotes } from "../doctypes/meeting-notes/data.generated.js";
import { findPeople, peopleNames, type PersonName } from "../link/people.js";
import { proseTexts } from "../link/prose.js";
import type { Registry } from "../link/registry.js";
import { defineRule } from "../link/rule.js";
import type { Doc } from "../parse/doc.js";

/**
 * People named in the body and the frontmatter's free text (agenda titles, participants, recipients)
 * are people of the registry, spelt as there. A short form ("Susanne G") is fine where the document's
 * own people make it unambiguous: the attendees, guests and responsible of a meeting, the people a
 * mandate names.
 */
const rule = defineRule({
  id: "person-name",
  severity: "warning",
  stage: "link",
  // Looks at one document at a time (and the registry), so its findings are cached per document.
  scope: "document",
  description: {
    sv: "En person som nämns i texten (fullt namn, eller förnamn och initialer som \"Susanne G\") finns i personregistret och stavas som där; en kortform pekar ut en av dokumentets egna personer (mötets deltagare, gäster och ansvariga).",
    en: "A person named in the text (full name, or first name and initials as \"Susanne G\") is in the people registry and spelt as there; a short form names one of the document's own people (the meeting's attendees, guests and responsible).",
  },
  messages: {
    nearMiss: {
      sv: "\"{{actual}}\" liknar {{name}} i personregistret men stavas inte så.",
      en: "\"{{actual}}\" looks like {{name}} in the people registry but is not spelt so.",
      note: { sv: "Skriv namnet som i mandates/registry/people.yaml.", en: "Write the name as in mandates/registry/people.yaml." },
    },
    notInContext: {
      sv: "\"{{actual}}\" är en kortform, men ingen av dokumentets personer heter så; i registret kan det vara {{names}}.",
      en: "\"{{actual}}\" is a short form, but none of the document's people is called so; in the registry it could be {{names}}.",
      note: {
        sv: "Skriv hela namnet, eller lägg till personen bland mötets deltagare eller gäster.",
        en: "Write the full name, or add the person to the meeting's attendees or guests.",
      },
    },
    ambiguous: {
      sv: "\"{{actual}}\" kan vara flera av dokumentets personer: {{names}}.",
      en: "\"{{actual}}\" could be several of the document's people: {{names}}.",
      note: { sv: "Skriv ut efternamnet så att det blir entydigt.", en: "Write the surname so that it is unambiguous." },
    },
  },
  check(ctx) {
    const people = peopleNames(ctx.registry);
    if (people.length === 0) return;
    for (const doc of ctx.documents) {
      const own = ownPeople(doc, ctx.registry);
      for (const text of proseTexts(doc)) {
        // The original's wording of an id is compared with the registry by as-written.
        if (text.path?.includes("asWritten")) continue;
        for (const m of findPeople(text.value, people)) {
          const at = { file: text.file, place: text.placeOf(m.offset, m.length), ...(text.path && { path: text.path }), actual: m.actual };
          if (m.kind === "full") {
            if (m.first === "same" && m.surname === "same") continue;
            ctx.report({ ...at, messageId: "nearMiss", data: { actual: m.actual, name: m.person.name }, expected: [m.person.name] });
            continue;
          }
          const mine = m.candidates.filter((c) => own.has(c.person.id));
          const exactMine = mine.filter((c) => c.first === "same");
          if (exactMine.length === 1 || (exactMine.length === 0 && mine.length === 1)) {
            const c = exactMine[0] ?? mine[0]!;
            if (c.first === "same") continue;
            const short = `${c.person.first} ${m.actual.split(/\s+/).at(-1)}`;
            ctx.report({ ...at, messageId: "nearMiss", data: { actual: m.actual, name: c.person.name }, expected: [short] });
            continue;
          }
          if (mine.length > 1) {
            ctx.report({ ...at, messageId: "ambiguous", data: { actual: m.actual, names: names(exactMine.length > 1 ? exactMine : mine) } });
            continue;
          }
          ctx.report({
            ...at,
            messageId: "notInContext",
            data: { actual: m.actual, names: names(m.candidates) },
            ...(m.candidates.length === 1 && { expected: [m.candidates[0]!.person.name] }),
          });
        }
      }
    }
  },
});

export default rule;

function names(list: { person: PersonName }[]): string {
  return list.map((c) => c.person.name).join(", ");
}

/** The people a document itself names by id: a meeting's attendees, guests and responsible, a mandate's parties. */
function ownPeople(doc: Doc, registry: Registry): Set<string> {
  const ids = new Set(doc.refs.filter((r) => r.kind === "person").map((r) => r.id));
  const notes = doc.data as Partial<MeetingNotes> | undefined;
  for (const a of notes?.attendees ?? []) if (typeof a?.person === "string") ids.add(a.person);
  for (const g of notes?.guests ?? []) if (typeof g?.person === "string") ids.add(g.person);
  return new Set([...ids].filter((id) => registry.people.has(id)));
}
