import { describe, expect, it } from "vitest";
import rule from "../../src/rules/diarienummer-format.js";
import { copyOf, edits, replace } from "../helpers/project.js";
import { ruleTester, runCase } from "../helpers/rule-tester.js";

const MANDATE = "mandates/styrgrupp-alfa.md";
const SHARED = "mandates/standardtexter/gemensamt.md";
const SENTENCE = "Styrgruppen samordnar arbetet enligt RS 2020-00001.";
/** The sentence with more text after it. */
const after = (text: string) => replace(SENTENCE, `${SENTENCE} ${text}`);
const NOTE_END = "Ett diarienummer skrivs med vanligt mellanslag efter prefixet och vanligt bindestreck utan mellanslag runt: RS 2024-00370, RS 2019-03137-40.";
/** Both frontmatter texts of the mandate with a malformed number: a plain value and a folded block with a no-break space. */
const FRONTMATTER = edits(
  replace("text: 4 till 6 gånger per år.", "text: 4 till 6 gånger per år enligt RS 2026 - 00011."),
  replace("  text: Styrgruppen har en arbetsgrupp.", "  text: >\n    Styrgruppen har en arbetsgrupp\n    (SSN\u00a02026-00012)."),
);

ruleTester(rule, {
  valid: [
    { name: "the base repository" },
    {
      name: "well-formed numbers, a number with a suffix, a phone number and a span of years",
      files: { [MANDATE]: after("Enligt RS 2021-01234-40 och SSN 2026-00012, tel. 012-345 67 89, 2023–2027.") },
    },
    { name: "a number wrapped onto the next line", files: { [MANDATE]: after("Se RS\n2026-00011.") } },
    {
      // Only prefixes in use (the registry's, the document's own) are read in their looser forms.
      name: "a span of years after a known prefix, words that are no prefix, and unknown prefixes in lower case",
      files: { [MANDATE]: after("Planen RS 2023-2027 gäller år 2024-25, se hsn 2026-12 och budget su 2024-25.") },
    },
  ],
  invalid: [
    {
      name: "a known prefix in lower case and a serial without its leading zeros, with the normalised form",
      files: { [MANDATE]: after("Se även rs 2020-00001 och RS 2020-1 samt Rs 2024 – 370.") },
      errors: [
        {
          messageId: "malformed",
          file: MANDATE,
          at: "rs 2020-00001",
          data: { actual: "rs 2020-00001", expected: "RS 2020-00001", problem: "prefixet med gemener" },
          message: 'Diarienumret "rs 2020-00001" har fel form; skriv RS 2020-00001.',
        },
        {
          messageId: "malformed",
          file: MANDATE,
          at: "RS 2020-1",
          data: { expected: "RS 2020-00001", problem: "löpnumret utan inledande nollor (det har fem siffror)" },
        },
        {
          messageId: "malformed",
          file: MANDATE,
          at: "Rs 2024 – 370",
          data: {
            expected: "RS 2024-00370",
            problem: "prefixet med gemener och ett tankstreck eller annat streck i stället för bindestreck och mellanslag runt strecket och löpnumret utan inledande nollor (det har fem siffror)",
          },
        },
      ],
    },
    {
      name: "a spaced en dash in the body, at its own column, with the right form and what is wrong",
      files: { [MANDATE]: after("Se ”Rutin” (RS 2026 – 00011) och 2023–2027.") },
      errors: [
        {
          messageId: "malformed",
          file: MANDATE,
          at: "RS 2026 – 00011",
          data: { actual: "RS 2026 – 00011", expected: "RS 2026-00011", problem: "ett tankstreck eller annat streck i stället för bindestreck och mellanslag runt strecket" },
          message: 'Diarienumret "RS 2026 – 00011" har fel form; skriv RS 2026-00011.',
          note: `I "RS 2026 – 00011" står ett tankstreck eller annat streck i stället för bindestreck och mellanslag runt strecket. ${NOTE_END}`,
        },
      ],
    },
    {
      name: "link texts and list items",
      files: { [MANDATE]: replace("Inga.", "- Se [beslutet RS2026-00011](https://exempel.se/) och\n  SSN 2026–00012") },
      errors: [
        { messageId: "malformed", file: MANDATE, at: "RS2026-00011", message: 'Diarienumret "RS2026-00011" har fel form; skriv RS 2026-00011.', data: { problem: "inget mellanslag efter prefixet" } },
        { messageId: "malformed", file: MANDATE, at: "SSN 2026–00012", message: 'Diarienumret "SSN 2026–00012" har fel form; skriv SSN 2026-00012.' },
      ],
    },
    {
      name: "the frontmatter's free text, also a folded block, pointed into",
      files: { [MANDATE]: FRONTMATTER },
      errors: [
        { messageId: "malformed", file: MANDATE, at: "RS 2026 - 00011", message: 'Diarienumret "RS 2026 - 00011" har fel form; skriv RS 2026-00011.', data: { problem: "mellanslag runt strecket" } },
        {
          messageId: "malformed",
          file: MANDATE,
          at: "SSN\u00a02026-00012",
          message: 'Diarienumret "SSN 2026-00012" har fel form; skriv SSN 2026-00012.',
          note: `I "SSN 2026-00012" står något annat än ett vanligt mellanslag efter prefixet. ${NOTE_END}`,
        },
      ],
    },
    {
      name: "a number in meeting notes",
      files: { "mandates/motesanteckningar/2026-02-01-styrgrupp-alfa.md": replace("Ordföranden hälsade välkommen.", "Ordföranden hälsade välkommen (RS 2026–00011).") },
      errors: [{ messageId: "malformed", file: "mandates/motesanteckningar/2026-02-01-styrgrupp-alfa.md", at: "RS 2026–00011", data: { expected: "RS 2026-00011" } }],
    },
    {
      name: "a number in a shared text, reported once at its place however many documents include it",
      files: {
        [SHARED]: "Enligt RS 2026–00011 gäller detta.\n",
        [MANDATE]: replace("Inga.", `<!-- mandat:include ${SHARED} -->`),
        "mandates/arbetsgrupp-beta.md": copyOf(MANDATE, edits(replace("group: styrgrupp-alfa", "group: arbetsgrupp-beta"), replace("Inga.", `<!-- mandat:include ${SHARED} -->`))),
      },
      errors: [{ messageId: "malformed", file: SHARED, at: "RS 2026–00011", message: 'Diarienumret "RS 2026–00011" har fel form; skriv RS 2026-00011.' }],
    },
    {
      name: "English with lang en",
      lang: "en",
      files: { [MANDATE]: after("(RS 2026–00011)") },
      errors: [
        {
          messageId: "malformed",
          file: MANDATE,
          at: "RS 2026–00011",
          message: 'The diarienummer "RS 2026–00011" is malformed; write RS 2026-00011.',
          note: 'In "RS 2026–00011" there is a dash other than the hyphen. A diarienummer has one plain space after the prefix and a plain hyphen without spaces: RS 2024-00370, RS 2019-03137-40.',
        },
      ],
    },
  ],
});

describe("diarienummer-format in the frontmatter", () => {
  it("names the field of a number in frontmatter text, and sets no 'Menade du' for a certain fix", async () => {
    const run = await runCase({ name: "frontmatter", files: { [MANDATE]: FRONTMATTER } });
    try {
      const mine = run.result.diagnostics.filter((d) => d.ruleId === rule.id);
      expect(mine.map((d) => d.path)).toEqual([["meetingFrequency", "text"], ["subgroups", "text"]]);
      expect(mine.map((d) => d.expected)).toEqual([undefined, undefined]);
    } finally {
      await run.remove();
    }
  });
});
