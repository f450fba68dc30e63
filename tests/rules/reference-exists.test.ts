import { describe, expect, it } from "vitest";
import rule from "../../src/rules/reference-exists.js";
import { edits, replace } from "../helpers/project.js";
import { ruleTester, runCase } from "../helpers/rule-tester.js";

const MANDATE = "mandates/styrgrupp-alfa.md";
const NOTES = "mandates/motesanteckningar/2026-02-01-styrgrupp-alfa.md";
const PEOPLE = "mandates/registry/people.yaml";
const SENTENCE = "Styrgruppen samordnar arbetet enligt RS 2020-00001.";
/** The sentence with more text after it. */
const after = (text: string) => replace(SENTENCE, `${SENTENCE} ${text}`);

ruleTester(rule, {
  valid: [
    { name: "the base repository" },
    {
      name: "diarienummer and group links of the registry, and a document's own diarienummer",
      files: {
        [MANDATE]: after("Se RS 2020-00001, RS 2026-00001 och [Ledningsgruppen](grupp:ledningsgruppen)."),
        [NOTES]: replace("Ordföranden hälsade välkommen.", "Ordföranden hälsade välkommen och gick igenom RS 2026-00001."),
      },
    },
    { name: "a malformed diarienummer is left to diarienummer-format", files: { [MANDATE]: after("(RS 2020 – 00002)") } },
  ],
  invalid: [
    {
      name: "an unknown group with the closest id as suggestion and the registry file to edit",
      files: { [MANDATE]: replace("group: styrgrupp-alfa", "group: styrgrupp-alf") },
      errors: [
        {
          messageId: "unknownSuggest",
          file: MANDATE,
          at: "styrgrupp-alf",
          data: { kind: "Gruppen", id: "styrgrupp-alf", file: "groups" },
          message: "Gruppen styrgrupp-alf finns inte i registret. Menade du styrgrupp-alfa?",
          note: "Rätta id:t, eller lägg till styrgrupp-alf i mandates/registry/groups.yaml om det är en ny post.",
          expected: ["styrgrupp-alfa"],
        },
      ],
    },
    {
      name: "without a near miss it says where to add the entry",
      files: { [MANDATE]: replace("group: styrgrupp-alfa", "group: helt-ny-grupp") },
      errors: [
        {
          messageId: "unknown",
          file: MANDATE,
          at: "helt-ny-grupp",
          message: "Gruppen helt-ny-grupp finns inte i registret.",
          note: "Lägg till helt-ny-grupp i mandates/registry/groups.yaml eller rätta id:t.",
        },
      ],
    },
    {
      name: "references inside the registry files",
      files: { [PEOPLE]: replace("  organisation: alfasjukhuset", "  organisation: okand-forvaltning") },
      errors: [
        {
          messageId: "unknown",
          file: PEOPLE,
          at: "okand-forvaltning",
          data: { kind: "Organisationen", id: "okand-forvaltning", file: "organisations" },
          message: "Organisationen okand-forvaltning finns inte i registret.",
        },
      ],
    },
    {
      name: "an unknown person in meeting notes",
      files: { [NOTES]: replace("approvedBy: ulla-utveckling", "approvedBy: ulla-utvekling") },
      errors: [{ messageId: "unknownSuggest", file: NOTES, at: "ulla-utvekling", message: "Personen ulla-utvekling finns inte i registret. Menade du ulla-utveckling?" }],
    },
    {
      name: "an unknown diarienummer in the body and in frontmatter text, at its column, with the near miss",
      files: {
        [MANDATE]: edits(
          after("Se ”Rutin” (RS 2020-00002)."),
          replace("text: Företrädare för Alfasjukhuset och Betakliniken", "text: Företrädare för Alfasjukhuset och Betakliniken enligt HSN 2019-12345"),
        ),
      },
      errors: [
        { messageId: "unknown", file: MANDATE, at: "HSN 2019-12345", message: "Dokumentet HSN 2019-12345 finns inte i registret.", note: "Lägg till HSN 2019-12345 i mandates/registry/documents.yaml eller rätta id:t." },
        {
          messageId: "unknownSuggest",
          file: MANDATE,
          at: "RS 2020-00002",
          message: "Dokumentet RS 2020-00002 finns inte i registret. Menade du RS 2020-00001?",
          note: "Rätta id:t, eller lägg till RS 2020-00002 i mandates/registry/documents.yaml om det är en ny post.",
          expected: ["RS 2020-00001"],
        },
      ],
    },
    {
      name: "an unknown group in a grupp: link, at the link, with the near miss",
      files: { [MANDATE]: after("Se [gruppen](grupp:arbetsgrupp-bet) och [x](grupp:Okänd).") },
      errors: [
        {
          messageId: "unknownSuggest",
          file: MANDATE,
          at: "[gruppen](grupp:arbetsgrupp-bet)",
          message: "Gruppen arbetsgrupp-bet finns inte i registret. Menade du arbetsgrupp-beta?",
        },
        { messageId: "unknown", file: MANDATE, at: "[x](grupp:Okänd)", message: "Gruppen Okänd finns inte i registret." },
      ],
    },
    {
      name: "English with lang en",
      lang: "en",
      files: { [MANDATE]: replace("group: styrgrupp-alfa", "group: styrgrupp-alf") },
      errors: [
        {
          messageId: "unknownSuggest",
          file: MANDATE,
          at: "styrgrupp-alf",
          message: "The group styrgrupp-alf is not in the registry. Did you mean styrgrupp-alfa?",
          note: "Correct the id, or add styrgrupp-alf to mandates/registry/groups.yaml if it is a new entry.",
        },
      ],
    },
  ],
});

describe("reference-exists and ill-formed ids", () => {
  it("leaves an ill-formed id to the schema rule instead of reporting it twice", async () => {
    const run = await runCase({ name: "ill-formed id", files: { [MANDATE]: replace("group: styrgrupp-alfa", "group: Styrgrupp Alfa") } });
    try {
      expect(run.result.diagnostics.filter((d) => d.ruleId === rule.id || d.ruleId === "schema").map((d) => [d.ruleId, d.file])).toEqual([["schema", MANDATE]]);
    } finally {
      await run.remove();
    }
  });
});

describe("reference-exists and an unreadable registry file", () => {
  it("does not report every reference into a registry file whose YAML is broken; the YAML error is the one to fix", async () => {
    const run = await runCase({ name: "broken roles.yaml", files: { "mandates/registry/roles.yaml": replace("- id: samordnare", "- id: [samordnare") } });
    try {
      const ruleIds = run.result.diagnostics.map((d) => `${d.file} ${d.ruleId}`);
      expect(ruleIds).toEqual(["mandates/registry/roles.yaml yaml-syntax"]);
    } finally {
      await run.remove();
    }
  });
});
