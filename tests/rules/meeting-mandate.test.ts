import rule from "../../src/rules/meeting-mandate.js";
import { copyOf, edits, replace } from "../helpers/project.js";
import { ruleTester } from "../helpers/rule-tester.js";

const MANDATE = "mandates/styrgrupp-alfa.md";
const NOTES = "mandates/motesanteckningar/2026-02-01-styrgrupp-alfa.md";
const ORGS = "mandates/registry/organisations.yaml";
/** A förvaltning the mandate of styrgrupp alfa does not name (it names Alfasjukhuset and Betakliniken). */
const GAMMA = (t: string) => `${t}- id: gammaforvaltningen\n  name: Gammaförvaltningen\n  kind: förvaltning\n  partOf: vgr\n`;
const SAM = "  - { person: sam-samordnare, organisation: alfasjukhuset }";
/** More notes of styrgrupp alfa in 2026, each on its own date. */
const notesOn = (...dates: string[]) =>
  Object.fromEntries(dates.map((d) => [`mandates/motesanteckningar/${d}-styrgrupp-alfa.md`, copyOf(NOTES, replace("date: 2026-02-01", `date: ${d}`))]));

ruleTester(rule, {
  valid: [
    { name: "the base repository (attendees from the mandate's organisations, the chair present, the group's name)" },
    {
      name: "a staff of an office the mandate names, an open participants item, four meetings within 4–6",
      files: {
        [ORGS]: GAMMA,
        [MANDATE]: replace("      organisations: [alfasjukhuset, betakliniken]", "      organisations: [alfasjukhuset, betakliniken]\n    - text: Andra som förvaltningschefen utser"),
        [NOTES]: replace(SAM, "  - { person: sam-samordnare, organisation: gammaforvaltningen }"),
        ...notesOn("2026-03-01", "2026-05-01", "2026-09-01"),
      },
    },
    {
      name: "the chair absent, someone else chairing",
      files: {
        [NOTES]: edits(
          replace("  - { person: ulla-utveckling, function: ordförande, organisation: koncernkontoret }", "  - { person: ulla-utveckling, organisation: koncernkontoret, present: false }"),
          replace(SAM, "  - { person: sam-samordnare, function: ordförande, organisation: alfasjukhuset }"),
        ),
      },
    },
    { name: "a year with too few meetings that is not over yet", today: "2026-11-23" },
  ],
  invalid: [
    {
      // An attendee whose förvaltning the group's mandate does not list among its participants.
      name: "an attendee from a förvaltning the mandate does not name",
      files: { [ORGS]: GAMMA, [NOTES]: replace(SAM, "  - { person: sam-samordnare, organisation: gammaforvaltningen }") },
      errors: [
        {
          messageId: "organisation",
          file: NOTES,
          at: "gammaforvaltningen",
          severity: "warning",
          message: "Sam Samordnare kommer från Gammaförvaltningen, som uppdragshandlingen för Styrgrupp alfa inte nämner bland deltagarna.",
          note: `Uppdragshandlingen nämner: Alfasjukhuset, Betakliniken, Koncernkontoret. Lägg till organisationen under participants i ${MANDATE}, eller rätta deltagarens organisation.`,
        },
      ],
    },
    {
      name: "the chair absent and nobody else chairing, then the chair not on the list at all",
      files: {
        [NOTES]: replace("  - { person: ulla-utveckling, function: ordförande, organisation: koncernkontoret }", "  - { person: ulla-utveckling, organisation: koncernkontoret, present: false }"),
        "mandates/motesanteckningar/2026-03-01-styrgrupp-alfa.md": copyOf(
          NOTES,
          edits(replace("date: 2026-02-01", "date: 2026-03-01"), replace("  - { person: ulla-utveckling, function: ordförande, organisation: koncernkontoret }\n", "")),
        ),
      },
      errors: [
        { messageId: "chairAbsent", file: NOTES, at: "ulla-utveckling", message: "Ordföranden Ulla Utveckling var inte närvarande, och ingen annan är angiven som ordförande för mötet." },
        { messageId: "chairMissing", file: "mandates/motesanteckningar/2026-03-01-styrgrupp-alfa.md", at: "attendees", data: { chair: "Ulla Utveckling" } },
      ],
    },
    {
      name: "more meetings in a year than the mandate's maximum (notes and their next meetings)",
      files: {
        [NOTES]: replace("approvedBy: ulla-utveckling\n", "nextMeetings:\n  - { date: 2026-10-01 }\n  - { date: 2026-11-01 }\n  - { date: 2026-12-01 }\napprovedBy: ulla-utveckling\n"),
        ...notesOn("2026-03-01", "2026-05-01", "2026-09-01"),
      },
      errors: [
        {
          // At the year's latest notes.
          messageId: "tooMany",
          file: "mandates/motesanteckningar/2026-09-01-styrgrupp-alfa.md",
          at: "2026-09-01",
          data: { count: "7", max: "6", year: "2026" },
          message: "Styrgrupp alfa har 7 möten 2026 (i anteckningarna och deras nästkommande möten), fler än högst 6 enligt uppdragshandlingen.",
        },
      ],
    },
    {
      name: "a year that is over with fewer meetings than the minimum",
      today: "2027-01-15",
      files: {},
      errors: [{ messageId: "tooFew", file: NOTES, at: "2026-02-01", data: { count: "1", min: "4", year: "2026" } }],
    },
    {
      // A meeting note whose title names the group differently from the register.
      name: "a title that is not the group's name",
      files: { [NOTES]: replace("title: Styrgrupp alfa", "title: Styrgruppen för alfaprojektet") },
      errors: [{ messageId: "title", file: NOTES, at: "Styrgruppen för alfaprojektet", data: { names: "Styrgrupp alfa" } }],
    },
  ],
});
