import rule from "../../src/rules/notes-approved-by-chair.js";
import { edits, replace } from "../helpers/project.js";
import { ruleTester } from "../helpers/rule-tester.js";

const NOTES = "mandates/motesanteckningar/2026-02-01-styrgrupp-alfa.md";
const MANDATE = "mandates/styrgrupp-alfa.md";
const PEOPLE = "mandates/registry/people.yaml";
/** The mandate names only the chair's role, utvecklingsdirektor. */
const chairByRole = replace("chair:\n  person: ulla-utveckling\n", "chair:\n");
/** A second holder of that role. */
const secondDirector = (t: string) => `${t}- id: ove-overgang\n  name: Ove Övergång\n  role: utvecklingsdirektor\n  organisation: koncernkontoret\n`;
/** Notes of a group without a mandate: the chair is the notes' own ordförande. */
const groupWithoutMandate = replace("group: styrgrupp-alfa", "group: arbetsgrupp-beta");

ruleTester(rule, {
  valid: [
    { name: "the base notes, approved by the chair the mandate names" },
    { name: "approved by the person who holds the chair's role", files: { [MANDATE]: chairByRole } },
    { name: "approved by one of two people who hold the chair's role", files: { [MANDATE]: chairByRole, [PEOPLE]: secondDirector, [NOTES]: replace("approvedBy: ulla-utveckling", "approvedBy: ove-overgang") } },
    { name: "a group without a mandate: approved by the notes' ordförande", files: { [NOTES]: groupWithoutMandate } },
    { name: "preliminary notes that name no approver yet", files: { [NOTES]: replace("approvedBy: ulla-utveckling\n", "") } },
    {
      name: "approved by the attendee appointed to approve them (justerare)",
      files: { [NOTES]: edits(replace("{ person: sam-samordnare, organisation", "{ person: sam-samordnare, function: justerare, organisation"), replace("approvedBy: ulla-utveckling", "approvedBy: sam-samordnare")) },
    },
    {
      name: "no chair known at all: nothing to say",
      files: { [NOTES]: edits(groupWithoutMandate, replace(", function: ordförande", ""), replace("approvedBy: ulla-utveckling\n", "")) },
    },
  ],
  invalid: [
    {
      name: "approved by someone else",
      files: { [NOTES]: replace("approvedBy: ulla-utveckling", "approvedBy: sam-samordnare") },
      errors: [
        {
          messageId: "notChair",
          file: NOTES,
          at: "sam-samordnare",
          after: "approvedBy: ",
          data: { name: "Sam Samordnare", group: "Styrgrupp alfa", chair: "Ulla Utveckling" },
          expected: ["ulla-utveckling"],
          message: "Anteckningarna är justerade av Sam Samordnare, men ordförande för Styrgrupp alfa är Ulla Utveckling. Menade du ulla-utveckling?",
        },
      ],
    },
    {
      name: "the chair's role held by two people: either is named",
      files: { [MANDATE]: chairByRole, [PEOPLE]: secondDirector, [NOTES]: replace("approvedBy: ulla-utveckling", "approvedBy: sam-samordnare") },
      errors: [
        {
          messageId: "notChair",
          file: NOTES,
          at: "sam-samordnare",
          after: "approvedBy: ",
          expected: ["ulla-utveckling", "ove-overgang"],
          message:
            "Anteckningarna är justerade av Sam Samordnare, men ordförande för Styrgrupp alfa är Ulla Utveckling eller Ove Övergång. Menade du ulla-utveckling eller ove-overgang?",
        },
      ],
    },
    {
      name: "the same in English",
      lang: "en",
      files: { [MANDATE]: chairByRole, [PEOPLE]: secondDirector, [NOTES]: replace("approvedBy: ulla-utveckling", "approvedBy: sam-samordnare") },
      errors: [
        {
          messageId: "notChair",
          file: NOTES,
          at: "sam-samordnare",
          after: "approvedBy: ",
          message: "The notes are approved by Sam Samordnare, but the chair of Styrgrupp alfa is Ulla Utveckling or Ove Övergång. Did you mean ulla-utveckling or ove-overgang?",
          note: "Notes are approved by the chair or by an attendee appointed to approve them (function: justerare).",
        },
      ],
    },
    {
      name: "a group without a mandate: the notes' ordförande is the chair",
      files: { [NOTES]: edits(groupWithoutMandate, replace("approvedBy: ulla-utveckling", "approvedBy: sam-samordnare")) },
      errors: [{ messageId: "notChair", file: NOTES, at: "sam-samordnare", after: "approvedBy: ", data: { group: "Arbetsgrupp beta", chair: "Ulla Utveckling" } }],
    },
  ],
});
