import { describe, expect, it } from "vitest";
import rule from "../../src/rules/name-near-miss.js";
import { copyOf, edits, replace } from "../helpers/project.js";
import { ruleTester, runCase } from "../helpers/rule-tester.js";

const MANDATE = "mandates/styrgrupp-alfa.md";
const NOTES = "mandates/motesanteckningar/2026-02-01-styrgrupp-alfa.md";
const SHARED = "mandates/standardtexter/gemensamt.md";
const PARTICIPANTS = "    - text: Företrädare för Alfasjukhuset och Betakliniken";
const ACKNOWLEDGED = replace(PARTICIPANTS, "    # mandat-disable-next-line name-near-miss -- stavat så i originalet\n    - text: Företrädare för Alfa sjukhuset och Betakliniken");
const SENTENCE = "Styrgruppen rapporterar till Ledningsgruppen.";
/** Names of several words, with a hyphen and a compound, as the registry may have them. */
const LONG_NAMES = {
  "mandates/registry/groups.yaml": (t: string) => `${t}- id: ledningsgrupp-alfa-beta\n  name: Ledningsgrupp alfa- och betavård\n  kind: ledningsgrupp\n`,
  "mandates/registry/roles.yaml": (t: string) => `${t}- id: vardutvecklingsdirektor\n  name: Vård- och omsorgsutvecklingsdirektör\n`,
};
/** Near misses in three frontmatter texts of the mandate. */
const FRONTMATTER = edits(
  replace("text: Företrädare för Alfasjukhuset och Betakliniken", "text: Företrädare för Alfa sjukhuset och Betakliniken"),
  replace("  - group: ledningsgruppen\n", "  - group: ledningsgruppen\n    text: Lednings gruppen\n"),
  replace("  - person: ulla-utveckling\n---", "  - person: ulla-utveckling\n    text: Ulla Utveckling, Utvecklings direktör\n---"),
);

ruleTester(rule, {
  valid: [
    { name: "the base repository" },
    {
      name: "inflected forms, a lower-case initial, short names and unrelated words",
      files: {
        ...LONG_NAMES,
        [MANDATE]: replace(
          SENTENCE,
          [
            "Alfasjukhusets och Betaklinikens chefer, styrgruppen, Styrgrupp alfas ordförande, arbetsgruppens förslag,",
            "regiondirektörens beslut, VGR och RS, utvecklingsdirektören, samordnarna, Ledningsgruppens och",
            "Koncernkontorets stöd, Västra Götalandsregionens samordning, ledningsgrupp alfa- och betavård och",
            "vård- och omsorgsutvecklingsdirektörens ansvar.",
          ].join("\n"),
        ),
      },
    },
    {
      name: "a misspelling acknowledged with a disable comment",
      files: { [MANDATE]: ACKNOWLEDGED },
    },
  ],
  invalid: [
    {
      // "Habilitering och Hälsa" for the förvaltning Habilitering & Hälsa.
      name: "an organisation written with och for its ampersand",
      files: {
        "mandates/registry/organisations.yaml": (t: string) => `${t}- id: vard-och-halsa\n  name: Vård & Hälsa\n  kind: förvaltning\n  partOf: vgr\n`,
        [MANDATE]: replace(SENTENCE, `${SENTENCE} Vård och Hälsa deltar, och vård och omsorg berörs.`),
      },
      errors: [
        {
          messageId: "nearMiss",
          file: MANDATE,
          at: "Vård och Hälsa",
          data: { actual: "Vård och Hälsa", kind: "organisationen", name: "Vård & Hälsa" },
          expected: ["Vård & Hälsa"],
        },
      ],
    },
    {
      name: "near misses in the body at their own column, inflected like the text",
      files: {
        ...LONG_NAMES,
        [MANDATE]: replace(
          SENTENCE,
          "Styrgruppen rapporterar till ledningsgrupp alfa och betavård, till Koncern kontorets stab och till\nvård- och omsorgsutveklingsdirektören.",
        ),
      },
      errors: [
        {
          messageId: "nearMiss",
          file: MANDATE,
          at: "ledningsgrupp alfa och betavård",
          data: { actual: "ledningsgrupp alfa och betavård", kind: "gruppen", name: "Ledningsgrupp alfa- och betavård", file: "groups" },
          message: '"ledningsgrupp alfa och betavård" liknar gruppen Ledningsgrupp alfa- och betavård men är inte samma. Menade du ledningsgrupp alfa- och betavård?',
          note: "Skriv namnet som i mandates/registry/groups.yaml, böjt efter sammanhanget.",
          expected: ["ledningsgrupp alfa- och betavård"],
        },
        {
          messageId: "nearMiss",
          file: MANDATE,
          at: "Koncern kontorets",
          message: '"Koncern kontorets" liknar organisationen Koncernkontoret men är inte samma. Menade du Koncernkontorets?',
          expected: ["Koncernkontorets"],
        },
        {
          messageId: "nearMiss",
          file: MANDATE,
          at: "vård- och omsorgsutveklingsdirektören",
          message: '"vård- och omsorgsutveklingsdirektören" liknar rollen Vård- och omsorgsutvecklingsdirektör men är inte samma. Menade du vård- och omsorgsutvecklingsdirektören?',
          note: "Skriv namnet som i mandates/registry/roles.yaml, böjt efter sammanhanget.",
        },
      ],
    },
    {
      name: "a compound that lost its head",
      files: { ...LONG_NAMES, [MANDATE]: replace("Ordföranden fattar beslut.", "Vård- och utvecklingsdirektören fattar beslut.") },
      errors: [{ messageId: "nearMiss", file: MANDATE, at: "Vård- och utvecklingsdirektören", expected: ["Vård- och omsorgsutvecklingsdirektören"] }],
    },
    {
      name: "the frontmatter's free text",
      files: { [MANDATE]: FRONTMATTER },
      errors: [
        {
          messageId: "nearMiss",
          file: MANDATE,
          at: "Alfa sjukhuset",
          data: { actual: "Alfa sjukhuset", kind: "organisationen", name: "Alfasjukhuset", file: "organisations" },
          message: '"Alfa sjukhuset" liknar organisationen Alfasjukhuset men är inte samma. Menade du Alfasjukhuset?',
          note: "Skriv namnet som i mandates/registry/organisations.yaml, böjt efter sammanhanget.",
          expected: ["Alfasjukhuset"],
        },
        { messageId: "nearMiss", file: MANDATE, at: "Lednings gruppen", message: '"Lednings gruppen" liknar gruppen Ledningsgruppen men är inte samma. Menade du Ledningsgruppen?' },
        { messageId: "nearMiss", file: MANDATE, at: "Utvecklings direktör", message: '"Utvecklings direktör" liknar rollen Utvecklingsdirektör men är inte samma. Menade du Utvecklingsdirektör?' },
      ],
    },
    {
      name: "a near miss in meeting notes",
      files: { [NOTES]: replace("Rut Regin redogjorde för läget.", "Rut Regin redogjorde för läget på Betaklinikem.") },
      errors: [{ messageId: "nearMiss", file: NOTES, at: "Betaklinikem", expected: ["Betakliniken"] }],
    },
    {
      name: "a near miss in a shared text, reported once at its place however many documents include it",
      files: {
        [SHARED]: "Arbetet följs upp av Region styrelsen.\n",
        [MANDATE]: replace("Inga.", `<!-- mandat:include ${SHARED} -->`),
        "mandates/arbetsgrupp-beta.md": copyOf(MANDATE, edits(replace("group: styrgrupp-alfa", "group: arbetsgrupp-beta"), replace("Inga.", `<!-- mandat:include ${SHARED} -->`))),
      },
      errors: [{ messageId: "nearMiss", file: SHARED, at: "Region styrelsen", message: '"Region styrelsen" liknar organisationen Regionstyrelsen men är inte samma. Menade du Regionstyrelsen?' }],
    },
    {
      name: "English with lang en",
      lang: "en",
      files: { [MANDATE]: replace("text: Företrädare för Alfasjukhuset och Betakliniken", "text: Alfa sjukhuset") },
      errors: [
        {
          messageId: "nearMiss",
          file: MANDATE,
          at: "Alfa sjukhuset",
          message: '"Alfa sjukhuset" looks like the organisation Alfasjukhuset but is not the same. Did you mean Alfasjukhuset?',
          note: "Write the name as in mandates/registry/organisations.yaml, inflected to fit the sentence.",
        },
      ],
    },
  ],
});

describe("name-near-miss in the frontmatter", () => {
  it("names the field of each near miss", async () => {
    const run = await runCase({ name: "frontmatter", files: { [MANDATE]: FRONTMATTER } });
    try {
      const mine = run.result.diagnostics.filter((d) => d.ruleId === rule.id);
      expect(mine.map((d) => d.path)).toEqual([["participants", "items", 0, "text"], ["reportsTo", 0, "text"], ["distribution", 0, "text"]]);
    } finally {
      await run.remove();
    }
  });

  it("finds an acknowledged misspelling, and the disable comment hides it", async () => {
    const run = await runCase({ name: "acknowledged", files: { [MANDATE]: ACKNOWLEDGED } });
    try {
      expect(run.result.suppressed.filter((d) => d.ruleId === rule.id).map((d) => d.actual)).toEqual(["Alfa sjukhuset"]);
    } finally {
      await run.remove();
    }
  });
});
