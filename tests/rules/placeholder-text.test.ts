import rule from "../../src/rules/placeholder-text.js";
import { copyOf, edits, replace } from "../helpers/project.js";
import { ruleTester } from "../helpers/rule-tester.js";

const MANDATE = "mandates/styrgrupp-alfa.md";
const NOTES = "mandates/motesanteckningar/2026-02-01-styrgrupp-alfa.md";
const SHARED = "mandates/standardtexter/gemensamt.md";
const COMMUNICATION = "Anteckningar publiceras på [intranätet](https://intra.exempel.se/styrgrupp).";
const INCLUDE = replace("Inga.", `<!-- mandat:include ${SHARED} -->`);
// The fixture's notes name who approves them but not when: preliminary until approvedOn is set.
const APPROVED = replace("approvedBy: ulla-utveckling\n", "approvedBy: ulla-utveckling\napprovedOn: 2026-02-08\n");

ruleTester(rule, {
  valid: [
    { name: "the base repository" },
    { name: "words that merely contain x or todo", files: { [MANDATE]: replace(COMMUNICATION, `${COMMUNICATION} Storlek XXL, Exxon och todos.`) } },
    { name: "a link, a link reference with its definition, a footnote and snake_case", files: { [MANDATE]: replace(COMMUNICATION, `${COMMUNICATION} Se [rutinen][r] och fil_namn_här.\n\n[r]: https://intra.exempel.se/r`) } },
    {
      name: "a TODO in meeting notes that are not approved yet",
      files: { [NOTES]: edits(replace("approvedBy: ulla-utveckling\n", ""), replace("date: 2026-02-01\n", "date: 2026-02-01\nplace: TODO\n")) },
    },
    {
      name: "a TODO in preliminary notes that name who will approve them",
      files: { [NOTES]: replace("date: 2026-02-01\n", "date: 2026-02-01\nplace: TODO\n") },
    },
    {
      name: "placeholders in a draft mandate (status utkast): work in progress",
      files: { [MANDATE]: edits(replace("type: uppdragshandling\n", "type: uppdragshandling\nstatus: utkast\n"), replace(COMMUNICATION, `${COMMUNICATION} Kontaktperson är [namn], TODO.`)) },
    },
  ],
  invalid: [
    {
      name: "a form's field in brackets and a line to write on, in the body and the frontmatter",
      files: {
        [MANDATE]: edits(
          replace(COMMUNICATION, `${COMMUNICATION} Kontaktperson är [namn] på [ange förvaltning].`),
          replace("text: Styrgruppen har en arbetsgrupp.", "text: Styrgruppen har en arbetsgrupp, ledd av ______."),
        ),
      },
      errors: [
        { messageId: "placeholder", file: MANDATE, at: "______", data: { text: "______" }, message: 'Platshållaren "______" står kvar i en fastställd uppdragshandling.' },
        { messageId: "placeholder", file: MANDATE, at: "[namn]", data: { text: "[namn]" } },
        { messageId: "placeholder", file: MANDATE, at: "[ange förvaltning]", data: { text: "[ange förvaltning]" } },
      ],
    },
    {
      // As Word templates leave it: the hint after the decision date, kept after the decision.
      name: "the template's hint left in the decision of a decided mandate",
      files: { [MANDATE]: replace("  date: 2026-01-20\n", "  date: 2026-01-20\n  statement: Datum för beslut (ifylls av beslutsfattaren vid godkännande)\n") },
      errors: [
        {
          messageId: "placeholder",
          file: MANDATE,
          at: "ifylls av beslutsfattaren vid godkännande",
          data: { text: "ifylls av beslutsfattaren vid godkännande", what: "en fastställd uppdragshandling" },
          message: 'Platshållaren "ifylls av beslutsfattaren vid godkännande" står kvar i en fastställd uppdragshandling.',
          note: "Skriv in det som ska stå där, eller ta bort platshållaren.",
        },
      ],
    },
    {
      name: "XX for a number and a date template in the body",
      files: { [MANDATE]: replace(COMMUNICATION, `${COMMUNICATION} Gruppen träffas XX gånger per år, nästa gång ÅÅÅÅ-MM-DD.`) },
      errors: [
        { messageId: "placeholder", file: MANDATE, at: "XX", after: "träffas", message: 'Platshållaren "XX" står kvar i en fastställd uppdragshandling.' },
        { messageId: "placeholder", file: MANDATE, at: "ÅÅÅÅ-MM-DD", message: 'Platshållaren "ÅÅÅÅ-MM-DD" står kvar i en fastställd uppdragshandling.', data: { text: "ÅÅÅÅ-MM-DD" } },
      ],
    },
    {
      name: "FIXME and TBD in the frontmatter's free text",
      files: { [MANDATE]: edits(replace("text: 4 till 6 gånger per år.", "text: TBD gånger per år."), replace("text: Styrgruppen har en arbetsgrupp.", "text: Styrgruppen har en arbetsgrupp (FIXME).")) },
      errors: [
        { messageId: "placeholder", file: MANDATE, at: "TBD", data: { text: "TBD" } },
        { messageId: "placeholder", file: MANDATE, at: "FIXME", data: { text: "FIXME" } },
      ],
    },
    {
      name: "a TODO in a shared text, reported once at its place however many mandates include it",
      files: {
        [SHARED]: "Arbetet följs upp årligen.\n\nTODO: länk till rutinen.\n",
        [MANDATE]: INCLUDE,
        "mandates/arbetsgrupp-beta.md": copyOf(MANDATE, edits(replace("group: styrgrupp-alfa", "group: arbetsgrupp-beta"), INCLUDE)),
      },
      errors: [{ messageId: "placeholder", file: SHARED, at: "TODO", message: 'Platshållaren "TODO" står kvar i en fastställd uppdragshandling.' }],
    },
    {
      name: "a TODO in approved meeting notes",
      files: { [NOTES]: edits(APPROVED, replace("date: 2026-02-01\n", "date: 2026-02-01\nplace: TODO\n")) },
      errors: [
        {
          messageId: "placeholder",
          file: NOTES,
          at: "TODO",
          data: { text: "TODO", what: "justerade mötesanteckningar" },
          message: 'Platshållaren "TODO" står kvar i justerade mötesanteckningar.',
        },
      ],
    },
    {
      name: "English with lang en",
      lang: "en",
      files: { [NOTES]: edits(APPROVED, replace("Ordföranden hälsade välkommen.", "Ordföranden hälsade välkommen. TODO")) },
      errors: [
        {
          messageId: "placeholder",
          file: NOTES,
          at: "TODO",
          message: 'The placeholder "TODO" is left in approved meeting notes.',
          note: "Write what belongs there, or remove the placeholder.",
        },
      ],
    },
  ],
});
