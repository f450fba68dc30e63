import rule from "../../src/validate/rules/schema.js";
import { replace } from "../helpers/project.js";
import { ruleTester } from "../helpers/rule-tester.js";

const MANDATE = "mandates/styrgrupp-alfa.md";
const NOTES = "mandates/motesanteckningar/2026-02-01-styrgrupp-alfa.md";
const PEOPLE = "mandates/registry/people.yaml";

ruleTester(rule, {
  valid: [
    { name: "the base repository" },
    { name: "an optional field", files: { [MANDATE]: replace("issuer: koncernkontoret\n", "issuer: koncernkontoret\narea: Samordning\n") } },
    { name: "a guest without items in meeting notes", files: { [NOTES]: replace("  - { person: rut-regin, items: [2] }", "  - { person: rut-regin }") } },
  ],
  invalid: [
    {
      name: "a misspelt enum value, suggesting the closest allowed one",
      files: { [MANDATE]: replace("per: år", "per: åren") },
      errors: [
        {
          messageId: "enum",
          file: MANDATE,
          at: "åren",
          data: { title: "Period", actual: '"åren"', allowed: "år, halvår, månad, vecka" },
          expected: ["år"],
          message: 'Period har värdet "åren", som inte är tillåtet. Menade du år?',
          note: "Tillåtna värden: år, halvår, månad, vecka.",
        },
      ],
    },
    {
      name: "an impossible date, with the format in the message",
      files: { [MANDATE]: replace("date: 2026-01-10", "date: 2025-02-30") },
      errors: [
        {
          messageId: "format",
          file: MANDATE,
          at: "2025-02-30",
          data: { title: "Datum", actual: '"2025-02-30"', expected: "ett giltigt datum (ÅÅÅÅ-MM-DD)" },
          message: 'Datum "2025-02-30" är inte ett giltigt datum (ÅÅÅÅ-MM-DD).',
          note: "Dokumentets datum, som i brevhuvudet.",
        },
      ],
    },
    {
      name: "a malformed diarienummer, explaining the form",
      files: { [MANDATE]: replace("diarienummer: RS 2026-00001", "diarienummer: RS 2026 – 00001") },
      errors: [
        {
          messageId: "pattern",
          file: MANDATE,
          at: "RS 2026 – 00001",
          message: 'Diarienummer "RS 2026 – 00001" har fel form.',
          note: "Ärendets diarienummer, till exempel RS 2024-00784.",
        },
      ],
    },
    {
      // Not also "Fältet chair saknas": the misspelling is one mistake, reported once.
      name: "an unknown field close to a known one: suggested, and the missing field not reported",
      files: { [MANDATE]: replace("\nchair:", "\nchiar:") },
      errors: [
        {
          messageId: "additionalProperties",
          file: MANDATE,
          at: "chiar",
          data: { field: "chiar", where: "" },
          expected: ["chair"],
          message: "Okänt fält chiar. Menade du chair?",
        },
      ],
    },
    {
      name: "an unknown field that is something else: the missing field is still reported",
      files: { [MANDATE]: replace("\nchair:", "\nordforande:") },
      errors: [
        {
          messageId: "required",
          file: MANDATE,
          line: 2,
          column: 1,
          data: { field: "chair", title: "Ordförande" },
          message: "Fältet chair (Ordförande) saknas.",
          note: "Lägg till chair: Gruppens ordförande: en roll, en person eller den grupp som utser ordföranden, och formuleringen i originalet.",
        },
        { messageId: "additionalProperties", file: MANDATE, at: "ordforande", message: "Okänt fält ordforande." },
      ],
    },
    {
      name: "a missing field inside an object names where, at its key",
      files: { [MANDATE]: replace("participants:\n  items:", "participants:\n  poster:") },
      errors: [
        { messageId: "required", file: MANDATE, at: "participants", message: "Fältet items (Poster) saknas i participants." },
        { messageId: "additionalProperties", file: MANDATE, at: "poster", message: "Okänt fält poster i participants." },
      ],
    },
    {
      name: "a text where a number belongs",
      files: { [MANDATE]: replace("min: 4", "min: fyra") },
      errors: [{ messageId: "type", file: MANDATE, at: "fyra", message: 'Minst ska vara ett heltal, men är en text ("fyra").' }],
    },
    {
      name: "a number below the minimum",
      files: { [MANDATE]: replace("  max: 6", "  max: 0") },
      errors: [{ messageId: "minimum", file: MANDATE, at: "0", after: "max: ", data: { limit: "1", actual: "0" }, message: "Högst ska vara minst 1, men är 0." }],
    },
    {
      name: "the same group twice in a list, at the second",
      files: { [MANDATE]: replace("groups: [arbetsgrupp-beta]", "groups: [arbetsgrupp-beta, arbetsgrupp-beta]") },
      errors: [{ messageId: "uniqueItems", file: MANDATE, at: "arbetsgrupp-beta]", startOnly: true, message: "Grupper innehåller samma värde två gånger (post 1 och 2)." }],
    },
    {
      name: "an empty title",
      files: { [MANDATE]: replace("title: Uppdragshandling för styrgrupp alfa", 'title: ""') },
      errors: [{ messageId: "minLength", file: MANDATE, at: '""', message: "Titel får inte vara tom." }],
    },
    {
      name: "meeting notes follow their own schema",
      files: { [NOTES]: replace("present: false", "present: nej") },
      errors: [{ messageId: "type", file: NOTES, at: "nej", message: 'Närvarande ska vara true eller false, men är en text ("nej").' }],
    },
    {
      name: "registry files follow theirs",
      files: { [PEOPLE]: replace("ulla.utveckling@exempel.se", "ulla.utveckling") },
      errors: [{ messageId: "format", file: PEOPLE, at: "ulla.utveckling", after: "email: ", message: 'E-post "ulla.utveckling" är inte en giltig e-postadress.' }],
    },
    {
      name: "in English",
      lang: "en",
      files: { [MANDATE]: replace("per: år", "per: åren") },
      errors: [{ messageId: "enum", file: MANDATE, message: 'Period has the value "åren", which is not allowed. Did you mean år?' }],
    },
  ],
});
