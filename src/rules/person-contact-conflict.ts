import type { Mandate } from "../doctypes/mandate/data.generated.js";
import type { Location } from "../link/context.js";
import { defineRule } from "../link/rule.js";

type Field = "email" | "phone";

/** A contact detail of a person as one document writes it. */
interface Sighting {
  person: string;
  field: Field;
  value: string;
  at: Location;
}

// Case and spacing do not make another address or number.
const normalise = (field: Field, value: string) => (field === "email" ? value.trim().toLowerCase() : value.replace(/\D/g, ""));

/** A person's e-mail and phone agree across the mandates and the people registry. */
const rule = defineRule({
  id: "person-contact-conflict",
  severity: "error",
  stage: "link",
  description: {
    sv: "En person har samma e-postadress och telefonnummer i alla dokument och i registret.",
    en: "A person has the same e-mail address and phone number in every document and in the registry.",
  },
  messages: {
    conflictsRegistry: {
      sv: "{{field}} {{value}} för {{name}} skiljer sig från registrets {{known}}.",
      en: "The {{field}} {{value}} for {{name}} differs from the registry's {{known}}.",
      note: {
        sv: "Använd registrets uppgift, eller rätta den i mandates/registry/people.yaml om den är inaktuell.",
        en: "Use the registry's value, or correct it in mandates/registry/people.yaml if it is out of date.",
      },
    },
    conflictsDocument: {
      sv: "{{field}} {{value}} för {{name}} skiljer sig från {{known}} i ett annat dokument.",
      en: "The {{field}} {{value}} for {{name}} differs from {{known}} in another document.",
      note: {
        sv: "Lägg in rätt uppgift för personen i mandates/registry/people.yaml och använd den överallt.",
        en: "Put the right value for the person in mandates/registry/people.yaml and use it everywhere.",
      },
    },
  },
  phrases: {
    // The Swedish message starts with the field; the English one has "The" before it.
    email: { sv: "E-postadressen", en: "e-mail address" },
    phone: { sv: "Telefonnumret", en: "phone number" },
    registryValue: { sv: "registrets uppgift", en: "the registry's value" },
    firstGiven: { sv: "först angiven här", en: "first given here" },
  },
  check(ctx) {
    const sightings: Sighting[] = [];
    for (const { doc, data } of ctx.ofType<Mandate>("uppdragshandling")) {
      const add = (person: string | undefined, field: Field, value: string | undefined, path: (string | number)[]) => {
        if (person && value) sightings.push({ person, field, value, at: { doc, path } });
      };
      if (data.caseOfficer) {
        add(data.caseOfficer.person, "email", data.caseOfficer.email, ["caseOfficer", "email"]);
        add(data.caseOfficer.person, "phone", data.caseOfficer.phone, ["caseOfficer", "phone"]);
      }
      data.distribution.forEach((r, i) => add(r.person, "email", r.email, ["distribution", i, "email"]));
    }
    const firstSeen = new Map<string, Sighting>();
    for (const s of sightings) {
      const person = ctx.registry.people.get(s.person);
      if (!person) continue;
      const known = person.value[s.field];
      const data = { field: ctx.phrase(s.field), value: s.value, name: person.value.name };
      if (known) {
        if (normalise(s.field, known) === normalise(s.field, s.value)) continue;
        // The registry's value is the fix, not a guess: the note says so, no "Menade du".
        ctx.report({ ...s.at, messageId: "conflictsRegistry", data: { ...data, known }, related: [{ ...ctx.entryField(person.origin, s.field), phrase: "registryValue" }] });
        continue;
      }
      // Not in the registry: the documents must at least agree with each other.
      const key = `${s.person}|${s.field}`;
      const first = firstSeen.get(key);
      if (!first) firstSeen.set(key, s);
      else if (normalise(s.field, first.value) !== normalise(s.field, s.value)) {
        ctx.report({ ...s.at, messageId: "conflictsDocument", data: { ...data, known: first.value }, related: [{ ...first.at, phrase: "firstGiven" }] });
      }
    }
  },
});

export default rule;
