import { expect, it } from "vitest";
import rule from "../../src/suppress/disable-directive.js";
import { replace } from "../helpers/project.js";
import { ruleTester, runCase } from "../helpers/rule-tester.js";

const MANDATE = "mandates/styrgrupp-alfa.md";
const NOTES = "mandates/motesanteckningar/2026-02-01-styrgrupp-alfa.md";
const SHARED = "mandates/standardtexter/styrgrupp.md";
/** An unknown group in the notes: one reference-exists diagnostic on the group line. */
const unknownGroup = (comment: string) => replace("group: styrgrupp-alfa", `${comment}\ngroup: styrgrupp-alf`);

ruleTester(rule, {
  // A comment hides only the rules it names: the others' diagnostics stay.
  alsoRules: ["reference-exists"],
  valid: [
    { name: "the base repository, without comments" },
    {
      // Were nothing hidden, the comment would be reported as unused.
      name: "a YAML comment hides the next line's diagnostic of the named rule",
      files: { [NOTES]: unknownGroup("# mandat-disable-next-line reference-exists -- som i originalet") },
    },
    {
      name: "an indented YAML comment in a list",
      files: { [MANDATE]: replace("  - person: ulla-utveckling\n---", "  # mandat-disable-next-line reference-exists -- som i originalet\n  - person: ulla-utvecklin\n---") },
    },
    {
      name: "a Markdown comment hides a body diagnostic on the next line",
      files: { [NOTES]: replace("## 2. Lägesrapport", "<!-- mandat-disable-next-line agenda-sections -- stavning som i originalet -->\n## 2. Lägesrapp") },
    },
    {
      name: "one comment naming two rules, each hiding its own diagnostic on the next line",
      files: { [NOTES]: replace("approvedBy: ulla-utveckling", "# mandat-disable-next-line reference-exists, notes-approved-by-chair\napprovedBy: ulla-utvecklin") },
    },
    {
      name: "a comment for a rule that is turned off is not reported as unused",
      files: {
        "mandat.config.json": (t) => t.replace('"options"', '"rules": { "agenda-sections": "off" },\n  "options"'),
        [NOTES]: replace("## 2. Lägesrapport", "<!-- mandat-disable-next-line agenda-sections -->\n## 2. Lägesrapport"),
      },
    },
  ],
  invalid: [
    {
      name: "a comment does not hide other rules, and one that hides nothing is reported",
      files: { [NOTES]: unknownGroup("# mandat-disable-next-line schema") },
      errors: [
        {
          messageId: "unused",
          file: NOTES,
          line: 4,
          column: 28,
          severity: "warning",
          data: { rule: "schema" },
          message: "Kommentaren döljer ingen diagnos från schema på nästa rad.",
          note: "Ta bort kommentaren; felet den gällde är rättat.",
        },
        { messageId: "unknownSuggest", file: NOTES, at: "styrgrupp-alf", after: "group: ", severity: "error" },
      ],
    },
    {
      name: "a Markdown comment that hides nothing",
      files: { [NOTES]: replace("## 2. Lägesrapport", "<!-- mandat-disable-next-line agenda-sections -- stavning som i originalet -->\n## 2. Lägesrapport") },
      errors: [{ messageId: "unused", file: NOTES, at: "agenda-sections", startOnly: true, data: { rule: "agenda-sections" } }],
    },
    {
      name: "a comment on the wrong line hides nothing",
      files: { [NOTES]: replace("group: styrgrupp-alfa", "group: styrgrupp-alf\n# mandat-disable-next-line reference-exists") },
      errors: [
        { messageId: "unknownSuggest", file: NOTES, at: "styrgrupp-alf", after: "group: " },
        { messageId: "unused", file: NOTES, line: 5, column: 28 },
      ],
    },
    {
      name: "of two rules in one comment, the one that hides nothing is reported",
      files: { [NOTES]: replace("approvedBy: ulla-utveckling", "# mandat-disable-next-line reference-exists, schema\napprovedBy: ulla-utvecklin") },
      errors: [{ messageId: "unused", file: NOTES, at: "schema", after: "reference-exists,", startOnly: true, data: { rule: "schema" } }],
    },
    {
      name: "an unknown rule, suggesting the closest one",
      files: { [NOTES]: replace("title: ", "# mandat-disable-next-line reference-exist\ntitle: ") },
      errors: [
        {
          messageId: "unknownRule",
          file: NOTES,
          at: "reference-exist",
          startOnly: true,
          data: { rule: "reference-exist" },
          expected: ["reference-exists"],
          message: "Okänd regel reference-exist i mandat-disable-next-line. Menade du reference-exists?",
          note: "Reglerna listas med mandat rules.",
        },
      ],
    },
    {
      // An unreadable document is always wrong; and with it skipped, an unused comment elsewhere proves nothing.
      name: "a YAML error cannot be hidden, and then unused comments are not reported",
      files: {
        [NOTES]: replace("title: Styrgrupp alfa", "# mandat-disable-next-line yaml-syntax\ntitle: Styrgrupp: alfa"),
        [MANDATE]: replace("title: ", "# mandat-disable-next-line schema\ntitle: "),
      },
      errors: [
        {
          messageId: "notAllowed",
          file: NOTES,
          at: "yaml-syntax",
          startOnly: true,
          data: { rule: "yaml-syntax" },
          message: "Regeln yaml-syntax går inte att dölja; ett dokument som inte går att läsa är alltid fel.",
        },
      ],
    },
    {
      name: "nor can the other parse rules be named",
      files: { [SHARED]: "Text.\n", [MANDATE]: replace("Inga.\n", `Inga.\n\n<!-- mandat-disable-next-line include -->\n<!-- mandat:include ${SHARED} -->\n`) },
      errors: [{ messageId: "notAllowed", file: MANDATE, at: "include -->", startOnly: true, data: { rule: "include" } }],
    },
    {
      name: "in English",
      lang: "en",
      files: { [NOTES]: replace("title: ", "# mandat-disable-next-line reference-exist\ntitle: ") },
      errors: [{ messageId: "unknownRule", file: NOTES, message: "Unknown rule reference-exist in mandat-disable-next-line. Did you mean reference-exists?" }],
    },
  ],
});

it("the hidden diagnostic is kept apart, so check can count it", async () => {
  const run = await runCase({ name: "", files: { [NOTES]: unknownGroup("# mandat-disable-next-line reference-exists -- som i originalet") } });
  try {
    expect(run.result.diagnostics).toEqual([]);
    expect(run.result.suppressed.map((d) => `${d.file}:${d.place?.start.line}:${d.place?.start.column} ${d.ruleId} ${d.message}`)).toEqual([
      `${NOTES}:5:8 reference-exists Gruppen styrgrupp-alf finns inte i registret. Menade du styrgrupp-alfa?`,
    ]);
  } finally {
    await run.remove();
  }
});
