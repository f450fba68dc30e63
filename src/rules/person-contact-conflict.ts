import type { Place } from "../diagnostics/diagnostic.js";
import { mandates, placeIn, type LinkContext } from "../link/compat.js";
import { defineRule } from "../link/rule.js";

type Field = "email" | "phone";

interface Sighting {
  person: string;
  field: Field;
  value: string;
  file: string;
  place?: Place;
  path: (string | number)[];
}

const normalise = (field: Field, value: string) => (field === "email" ? value.trim().toLowerCase() : value.replace(/\D/g, ""));

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
  check(ctx) {
    const fieldName = { email: ctx.lang === "sv" ? "E-postadressen" : "e-mail address", phone: ctx.lang === "sv" ? "Telefonnumret" : "phone number" };
    const sightings: Sighting[] = [];
    for (const { file, data } of mandates(ctx)) {
      const add = (person: string | undefined, field: Field, value: string | undefined, path: (string | number)[]) => {
        if (person && value) sightings.push({ person, field, value, file: file.path, place: placeIn(file, path), path });
      };
      if (data.caseOfficer) {
        add(data.caseOfficer.person, "email", data.caseOfficer.email, ["caseOfficer", "email"]);
        add(data.caseOfficer.person, "phone", data.caseOfficer.phone, ["caseOfficer", "phone"]);
      }
      data.distribution.forEach((r, i) => add(r.person, "email", r.email, ["distribution", i, "email"]));
    }
    const peopleFile = ctx.registryFiles.find((f) => f.source.registry === "people");
    const firstSeen = new Map<string, Sighting>();
    for (const s of sightings) {
      const person = ctx.registry.people.get(s.person);
      if (!person) continue;
      const known = person.value[s.field];
      const data = { field: fieldName[s.field], value: s.value, name: person.value.name };
      if (known) {
        if (normalise(s.field, known) === normalise(s.field, s.value)) continue;
        const index = Array.isArray(peopleFile?.data) ? (peopleFile.data as { id?: string }[]).findIndex((p) => p.id === s.person) : -1;
        ctx.report(rule, {
          file: s.file,
          place: s.place,
          path: s.path,
          messageId: "conflictsRegistry",
          data: { ...data, known },
          expected: [known],
          related: [{ file: person.origin.file, place: peopleFile && index >= 0 ? placeIn(peopleFile, [index, s.field]) : person.origin.place, message: ctx.lang === "sv" ? "registrets uppgift" : "the registry's value" }],
        });
        continue;
      }
      // Not in the registry: the documents must at least agree with each other.
      const key = `${s.person}|${s.field}`;
      const first = firstSeen.get(key);
      if (!first) firstSeen.set(key, s);
      else if (normalise(s.field, first.value) !== normalise(s.field, s.value)) {
        ctx.report(rule, {
          file: s.file,
          place: s.place,
          path: s.path,
          messageId: "conflictsDocument",
          data: { ...data, known: first.value },
          related: [{ file: first.file, place: first.place, message: ctx.lang === "sv" ? "först angiven här" : "first given here" }],
        });
      }
    }
  },
});

export default rule;
