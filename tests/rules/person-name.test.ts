import rule from "../../src/rules/person-name.js";
import { edits, replace } from "../helpers/project.js";
import { ruleTester } from "../helpers/rule-tester.js";

const MANDATE = "mandates/styrgrupp-alfa.md";
const NOTES = "mandates/motesanteckningar/2026-02-01-styrgrupp-alfa.md";
const PEOPLE = "mandates/registry/people.yaml";
const REPORT = "Rut Regin redogjorde för läget.";
/** The notes' last paragraph, and more text after it. */
const said = (text: string) => replace(REPORT, `${REPORT} ${text}`);
/** Two more people in the registry: a namesake of Sam's first name, and one with two surnames. */
const MORE_PEOPLE = (t: string) =>
  `${t}- id: sam-svensson\n  name: Sam Svensson\n  organisation: betakliniken\n- id: karin-modig-pallin\n  name: Karin Modig Pallin\n  organisation: alfasjukhuset\n`;

ruleTester(rule, {
  valid: [
    { name: "the base repository (full names in the notes)" },
    {
      name: "full names, short forms of the meeting's own people, a lone first name, and words that are no names",
      files: {
        [PEOPLE]: MORE_PEOPLE,
        [NOTES]: said("Ulla U och Berit B höll med, Sam S tog anteckningar och Rut tackade. Ulla Utveckling sammanfattade. Enligt SU och VGR."),
      },
    },
    {
      name: "a short form with two initials and a person with two surnames written in full",
      files: {
        [PEOPLE]: MORE_PEOPLE,
        [NOTES]: edits(replace("  - { person: rut-regin, items: [2] }", "  - { person: rut-regin, items: [2] }\n  - { person: karin-modig-pallin, items: [2] }"), said("Karin MP och Karin Modig Pallin presenterade.")),
      },
    },
  ],
  invalid: [
    {
      name: "a first name misspelt in prose, one letter off",
      files: { [NOTES]: said("Ula Utveckling tackade.") },
      errors: [
        {
          messageId: "nearMiss",
          file: NOTES,
          at: "Ula Utveckling",
          severity: "warning",
          data: { actual: "Ula Utveckling", name: "Ulla Utveckling" },
          message: '"Ula Utveckling" liknar Ulla Utveckling i personregistret men stavas inte så. Menade du Ulla Utveckling?',
          expected: ["Ulla Utveckling"],
        },
      ],
    },
    {
      name: "a Swedish variant of the first name (Carin for Karin) and a surname one letter off",
      files: { [PEOPLE]: MORE_PEOPLE, [NOTES]: said("Carin Modig Pallin och Berit Betta kom sent.") },
      errors: [
        { messageId: "nearMiss", file: NOTES, at: "Carin Modig Pallin", expected: ["Karin Modig Pallin"] },
        { messageId: "nearMiss", file: NOTES, at: "Berit Betta", expected: ["Berit Beta"] },
      ],
    },
    {
      name: "a short form with a variant of an attendee's first name, and one with a misspelt first name",
      files: { [NOTES]: said("Berrit B och Ula U tackade.") },
      errors: [
        { messageId: "nearMiss", file: NOTES, at: "Berrit B", data: { name: "Berit Beta" }, expected: ["Berit B"] },
        { messageId: "nearMiss", file: NOTES, at: "Ula U", expected: ["Ulla U"] },
      ],
    },
    {
      // A person named by first name and initial who is not at the meeting.
      name: "a short form that names nobody of the meeting, with the registry's candidate",
      files: { [PEOPLE]: MORE_PEOPLE, [NOTES]: said("Karin M skickar underlaget.") },
      errors: [
        {
          messageId: "notInContext",
          file: NOTES,
          at: "Karin M",
          data: { actual: "Karin M", names: "Karin Modig Pallin" },
          message: '"Karin M" är en kortform, men ingen av dokumentets personer heter så; i registret kan det vara Karin Modig Pallin. Menade du Karin Modig Pallin?',
        },
      ],
    },
    {
      name: "a short form that fits two of the meeting's people",
      files: {
        [PEOPLE]: MORE_PEOPLE,
        [NOTES]: edits(replace("  - { person: rut-regin, items: [2] }", "  - { person: rut-regin, items: [2] }\n  - { person: sam-svensson, items: [2] }"), said("Sam S svarar.")),
      },
      errors: [{ messageId: "ambiguous", file: NOTES, at: "Sam S", data: { names: "Sam Samordnare, Sam Svensson" } }],
    },
    {
      name: "names in the frontmatter's free text: an agenda title and a recipient in a mandate",
      files: {
        [NOTES]: replace("    title: Lägesrapport", "    title: Lägesrapport från Rut Regen"),
        [MANDATE]: replace("  - person: ulla-utveckling", "  - person: ulla-utveckling\n    text: Ulla Utvekling, för kännedom"),
      },
      errors: [
        { messageId: "nearMiss", file: NOTES, at: "Rut Regen", expected: ["Rut Regin"] },
        { messageId: "nearMiss", file: MANDATE, at: "Ulla Utvekling", expected: ["Ulla Utveckling"] },
      ],
    },
  ],
});
