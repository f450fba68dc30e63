import rule from "../../src/rules/agenda-sections.js";
import { edits, replace } from "../helpers/project.js";
import { ruleTester } from "../helpers/rule-tester.js";

const NOTES = "mandates/motesanteckningar/2026-02-01-styrgrupp-alfa.md";
const SHARED = "mandates/standardtexter/ovrigt.md";

ruleTester(rule, {
  valid: [
    { name: "the base notes: one section per agenda item, as titled in the frontmatter" },
    { name: "a section numbered with a parenthesis", files: { [NOTES]: replace("## 2. Lägesrapport", "## 2) Lägesrapport") } },
    {
      name: "unnumbered sections and numbered subheadings are not agenda sections",
      files: { [NOTES]: (t) => `${t}\n### 7. Bilaga\n\nText.\n\n## Övrigt\n\nInget.\n` },
    },
    { name: "space around the frontmatter's title does not count", files: { [NOTES]: replace("title: Lägesrapport", 'title: " Lägesrapport "') } },
  ],
  invalid: [
    {
      name: "a heading titled otherwise than the agenda item",
      files: { [NOTES]: replace("## 2. Lägesrapport", "## 2. Lägesrapporter") },
      errors: [
        {
          messageId: "titleDiffers",
          file: NOTES,
          at: "## 2. Lägesrapporter",
          severity: "warning",
          data: { number: "2", actual: '"Lägesrapporter"', expected: '"Lägesrapport"' },
          message: 'Rubriken för punkt 2 skiljer sig från dagordningen: "Lägesrapporter" i texten, "Lägesrapport" i frontmattern.',
          note: "Skriv samma rubrik på båda ställena.",
        },
      ],
    },
    {
      name: "a section numbered outside the agenda, and the item left without a section",
      files: { [NOTES]: replace("## 2. Lägesrapport", "## 10. Lägesrapport") },
      errors: [
        {
          messageId: "noSection",
          file: NOTES,
          at: "2",
          after: "  - number: ",
          data: { number: "2", title: "Lägesrapport" },
          message: "Dagordningspunkt 2 (Lägesrapport) har inget avsnitt i texten.",
          note: "Lägg till ## 2. Lägesrapport med anteckningarna från punkten.",
        },
        {
          messageId: "unknownItem",
          file: NOTES,
          at: "## 10. Lägesrapport",
          data: { heading: "10. Lägesrapport", number: "10" },
          message: "Avsnittet 10. Lägesrapport har nummer 10, men dagordningen har ingen punkt 10.",
        },
      ],
    },
    {
      name: "a second section for one item (in English)",
      lang: "en",
      files: { [NOTES]: (t) => `${t}\n## 2. Lägesrapport\n\nMer om läget.\n` },
      errors: [{ messageId: "duplicate", file: NOTES, at: "## 2. Lägesrapport", after: "redogjorde", data: { number: "2" }, message: "Item 2 already has a section." }],
    },
    {
      name: "a section in an included shared text is reported in the shared file",
      files: {
        [SHARED]: "## 3. Övrigt\n\nInga övriga frågor.\n",
        [NOTES]: (t) => `${t}\n<!-- mandat:include ${SHARED} -->\n`,
      },
      errors: [{ messageId: "unknownItem", file: SHARED, line: 1, column: 1, endLine: 1, endColumn: 13, message: "Avsnittet 3. Övrigt har nummer 3, men dagordningen har ingen punkt 3." }],
    },
    {
      name: "notes whose shared text could not be included are left to the include error",
      files: { [NOTES]: edits(replace("## 2. Lägesrapport\n\nRut Regin redogjorde för läget.\n", ""), (t) => `${t}\n<!-- mandat:include mandates/standardtexter/saknas.md -->\n`) },
      errors: [],
    },
  ],
});
