import rule from "../../src/rules/person-contact-conflict.js";
import { copyOf, edits, replace } from "../helpers/project.js";
import { ruleTester } from "../helpers/rule-tester.js";

const ALFA = "mandates/styrgrupp-alfa.md";
const BETA = "mandates/arbetsgrupp-beta.md";
const LEDNING = "mandates/ledningsgruppen.md";
const PEOPLE = "mandates/registry/people.yaml";

/** A case officer after the issuer (the base mandate has none). */
const caseOfficer = (lines: string) => replace("issuer: koncernkontoret\n", `issuer: koncernkontoret\ncaseOfficer:\n${lines}`);
/** An e-mail address for the base mandate's only recipient, ulla-utveckling (registry: ulla.utveckling@exempel.se). */
const recipientEmail = (email: string, before = "") => replace("  - person: ulla-utveckling\n---", `  - person: ulla-utveckling\n${before}    email: ${email}\n---`);
/** A phone number for ulla-utveckling in the registry (the base has none). */
const registryPhone = replace("  email: ulla.utveckling@exempel.se\n", "  email: ulla.utveckling@exempel.se\n  phone: 031-123 45 67\n");
/** A mandate for another group whose case officer is sam-samordnare (no e-mail in the registry). */
const samIn = (group: string, email: string) =>
  copyOf(ALFA, edits(replace("group: styrgrupp-alfa", `group: ${group}`), caseOfficer(`  person: sam-samordnare\n  email: ${email}\n`)));

ruleTester(rule, {
  valid: [
    { name: "the base repository" },
    { name: "the registry's e-mail in other case", files: { [ALFA]: recipientEmail("Ulla.Utveckling@Exempel.se") } },
    { name: "the same phone number written with other spacing", files: { [PEOPLE]: registryPhone, [ALFA]: caseOfficer("  person: ulla-utveckling\n  phone: 031 1234567\n") } },
    { name: "documents that agree on an address the registry lacks", files: { [ALFA]: caseOfficer("  person: sam-samordnare\n  email: sam.samordnare@exempel.se\n"), [BETA]: samIn("arbetsgrupp-beta", "Sam.Samordnare@exempel.se") } },
    {
      name: "an other address acknowledged with a disable comment",
      files: { [ALFA]: recipientEmail("ulla.u@exempel.se", "    # mandat-disable-next-line person-contact-conflict -- som i originalet\n") },
    },
  ],
  invalid: [
    {
      name: "a case officer's e-mail that differs from the registry",
      files: { [ALFA]: caseOfficer("  person: ulla-utveckling\n  email: ulla.u@exempel.se\n") },
      errors: [
        {
          messageId: "conflictsRegistry",
          file: ALFA,
          at: "ulla.u@exempel.se",
          severity: "error",
          data: { field: "E-postadressen", value: "ulla.u@exempel.se", name: "Ulla Utveckling", known: "ulla.utveckling@exempel.se" },
          message: "E-postadressen ulla.u@exempel.se för Ulla Utveckling skiljer sig från registrets ulla.utveckling@exempel.se.",
          note: "Använd registrets uppgift, eller rätta den i mandates/registry/people.yaml om den är inaktuell.",
          related: [{ file: PEOPLE, at: "ulla.utveckling@exempel.se", message: "registrets uppgift" }],
        },
      ],
    },
    {
      name: "a recipient's e-mail that differs from the registry, once the disable comment is gone",
      files: { [ALFA]: recipientEmail("ulla.u@exempel.se", "    #\n") },
      errors: [{ messageId: "conflictsRegistry", file: ALFA, at: "ulla.u@exempel.se", after: "distribution:", related: [{ file: PEOPLE, line: 9, column: 10 }] }],
    },
    {
      name: "a phone number that differs from the registry",
      files: { [PEOPLE]: registryPhone, [ALFA]: caseOfficer("  person: ulla-utveckling\n  phone: 031-123 45 68\n") },
      errors: [
        {
          messageId: "conflictsRegistry",
          file: ALFA,
          at: "031-123 45 68",
          data: { field: "Telefonnumret", known: "031-123 45 67" },
          message: "Telefonnumret 031-123 45 68 för Ulla Utveckling skiljer sig från registrets 031-123 45 67.",
          related: [{ file: PEOPLE, at: "031-123 45 67", message: "registrets uppgift" }],
        },
      ],
    },
    {
      name: "documents that disagree when the registry has no address: each against the first",
      files: {
        [ALFA]: caseOfficer("  person: sam-samordnare\n  email: sam.s@exempel.se\n"),
        [BETA]: samIn("arbetsgrupp-beta", "sam.samordnare@exempel.se"),
        [LEDNING]: samIn("ledningsgruppen", "sam.s@exempel.se"),
      },
      errors: [LEDNING, ALFA].map((file) => ({
        messageId: "conflictsDocument",
        file,
        at: "sam.s@exempel.se",
        data: { field: "E-postadressen", value: "sam.s@exempel.se", name: "Sam Samordnare", known: "sam.samordnare@exempel.se" },
        message: "E-postadressen sam.s@exempel.se för Sam Samordnare skiljer sig från sam.samordnare@exempel.se i ett annat dokument.",
        note: "Lägg in rätt uppgift för personen i mandates/registry/people.yaml och använd den överallt.",
        related: [{ file: BETA, at: "sam.samordnare@exempel.se", message: "först angiven här" }],
      })),
    },
    {
      name: "in English",
      lang: "en",
      files: { [PEOPLE]: registryPhone, [ALFA]: caseOfficer("  person: ulla-utveckling\n  email: ulla.u@exempel.se\n  phone: 031-123 45 68\n") },
      errors: [
        {
          messageId: "conflictsRegistry",
          file: ALFA,
          at: "ulla.u@exempel.se",
          message: "The e-mail address ulla.u@exempel.se for Ulla Utveckling differs from the registry's ulla.utveckling@exempel.se.",
          note: "Use the registry's value, or correct it in mandates/registry/people.yaml if it is out of date.",
          related: [{ file: PEOPLE, at: "ulla.utveckling@exempel.se", message: "the registry's value" }],
        },
        {
          messageId: "conflictsRegistry",
          file: ALFA,
          at: "031-123 45 68",
          message: "The phone number 031-123 45 68 for Ulla Utveckling differs from the registry's 031-123 45 67.",
        },
      ],
    },
  ],
});
