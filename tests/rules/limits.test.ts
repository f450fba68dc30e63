/** Limits with names: size, total size, nesting depth and YAML aliases; beyond one, the file is skipped and the others are checked. */
import { expect, it } from "vitest";
import rule from "../../src/load/rules/limits.js";
import { markdownDepth, yamlDepth } from "../../src/load/depth.js";
import { cli } from "../helpers/fixture.js";
import { project, replace } from "../helpers/project.js";
import { ruleTester, runCase } from "../helpers/rule-tester.js";

const MANDATE = "mandates/styrgrupp-alfa.md";
const NOTES = "mandates/motesanteckningar/2026-02-01-styrgrupp-alfa.md";
const config = (limits: object) => JSON.stringify({ options: { "external-link-domain": { allowedDomains: ["exempel.se"] } }, limits });
const body = (extra: string) => (t: string) => `${t}\n${extra}\n`;

ruleTester(rule, {
  valid: [
    { name: "the base repository" },
    { name: "lists and quotes ten levels deep", files: { [MANDATE]: body([..."0123456789"].map((_, i) => `${"  ".repeat(i)}- nivå ${i}`).join("\n") + "\n\n> > > > > citat") } },
    { name: "a thematic break of many stars", files: { [MANDATE]: body(`\n${"*".repeat(300)}\n`) } },
    { name: "raised limits let a larger file through", files: { "mandat.config.json": config({ maxDepth: 300 }), [MANDATE]: body(">".repeat(200) + " djupt") } },
  ],
  invalid: [
    {
      name: "10,000 nested block quotes (used to crash the whole run)",
      files: { [MANDATE]: body(">".repeat(10_000) + " x") },
      errors: [
        {
          messageId: "depth",
          file: MANDATE,
          at: ">".repeat(101),
          startOnly: true,
          column: 101,
          data: { limit: "100", setting: "maxDepth" },
          message: "Texten är nästlad djupare än gränsen 100 nivåer (listor, citat, betoning, länkar eller YAML), så filen kontrolleras inte vidare.",
        },
      ],
    },
    {
      name: "500 nested list items on separate lines (10,000 used to run for minutes)",
      files: { [MANDATE]: body(Array.from({ length: 500 }, (_, i) => `${"  ".repeat(i)}- x`).join("\n")) },
      errors: [{ messageId: "depth", file: MANDATE, at: `${"  ".repeat(100)}- x`, startOnly: true, column: 201 }],
    },
    {
      name: "a long run of emphasis markers",
      files: { [MANDATE]: body(`Text ${"*".repeat(20_000)}x${"*".repeat(20_000)}`) },
      errors: [{ messageId: "depth", file: MANDATE, at: "*".repeat(101), startOnly: true, column: 6 }],
    },
    {
      name: "deeply nested YAML flow collections in the frontmatter",
      files: { [MANDATE]: replace("group: styrgrupp-alfa", `group: ${"[".repeat(5000)}`) },
      errors: [{ messageId: "depth", file: MANDATE, line: 4, column: 108 }],
    },
    {
      name: "a deeply nested registry file",
      files: { "mandates/registry/roles.yaml": (t) => `${t}\nextra:\n${Array.from({ length: 150 }, (_, i) => `${" ".repeat(i + 1)}k${i}:`).join("\n")}\n` },
      errors: [{ messageId: "depth", file: "mandates/registry/roles.yaml", startOnly: true, at: "k99:", column: 101 }],
    },
    {
      name: "a file over the size limit (set low in the config)",
      files: { "mandat.config.json": config({ maxFileBytes: 2000 }), [MANDATE]: body("x".repeat(3000)) },
      errors: [{ messageId: "fileSize", file: MANDATE, line: 1, column: 1, data: { size: "4221", limit: "2000" }, message: "Filen är 4221 byte, mer än gränsen 2000 byte, så den kontrolleras inte." }],
    },
    {
      name: "a file over the default size limit of 1 MiB",
      files: { [MANDATE]: body("Lång text. ".repeat(100_000)) },
      errors: [{ messageId: "fileSize", file: MANDATE, line: 1, column: 1, data: { limit: "1048576", setting: "maxFileBytes" } }],
    },
    {
      // The registry (1,265 bytes) and the notes (671) fit in 2,500 bytes; the mandate (1,219) does not.
      name: "the total size: files are read in order until the limit, the rest are reported",
      files: { "mandat.config.json": config({ maxTotalBytes: 2500 }) },
      errors: [{ messageId: "totalSize", file: MANDATE, line: 1, column: 1, data: { limit: "2500", setting: "maxTotalBytes" } }],
    },
    {
      name: "YAML aliases beyond the limit",
      files: {
        "mandat.config.json": config({ maxYamlAliases: 2 }),
        [MANDATE]: replace("title: Uppdragshandling för styrgrupp alfa", "title: &t Uppdragshandling för styrgrupp alfa\nx1: *t\nx2: *t\nx3: *t"),
      },
      errors: [{ messageId: "yamlAliases", file: MANDATE, line: 2, column: 1, data: { limit: "2", setting: "maxYamlAliases" } }],
    },
  ],
});

it("a document beyond a limit is skipped and the others are still checked", async () => {
  const run = await runCase({
    name: "",
    files: { [MANDATE]: body(">".repeat(10_000) + " x"), [NOTES]: replace("group: styrgrupp-alfa", "group: styrgrupp-alf") },
  });
  try {
    expect(run.result.diagnostics.map((d) => `${d.file}:${d.place?.start.line} ${d.ruleId}`)).toEqual([`${NOTES}:4 reference-exists`, `${MANDATE}:63 limits`]);
    expect(run.result.documents.map((d) => d.path)).toEqual([NOTES]);
  } finally {
    await run.remove();
  }
});

// Speed belongs in the bench; this pins the answers on a megabyte of nesting (a recursive scan would overflow the stack).
it("the depth scans measure a megabyte of nesting", () => {
  expect(markdownDepth(">".repeat(1 << 20), 100)).toBe(100);
  expect(markdownDepth("- ".repeat(1 << 19), 100)).toBe(200);
  expect(markdownDepth(`a ${"[".repeat(1 << 20)}`, 100)).toBe(2);
  expect(yamlDepth(`a: ${"{".repeat(1 << 20)}`, 100)).toBe(103);
  expect(markdownDepth("# Rubrik\n\n- a\n  - b\n    > c\n", 100)).toBeUndefined();
});

it("10,000 nested list items on one line stop at the depth limit, in the document, quickly enough for any run", async () => {
  const run = await runCase({ name: "", files: { [MANDATE]: body(`${"- ".repeat(10_000)}x`) } });
  try {
    expect(run.result.diagnostics.map((d) => `${d.file}:${d.place?.start.line}:${d.place?.start.column} ${d.ruleId}/${d.messageId}`)).toEqual([`${MANDATE}:63:201 limits/depth`]);
  } finally {
    await run.remove();
  }
});

it("one document beyond a limit hides no other document's diagnostics, in every output format", async () => {
  const p = await project({ [MANDATE]: body(">".repeat(10_000) + " x"), [NOTES]: replace("group: styrgrupp-alfa", "group: styrgrupp-alf") });
  try {
    for (const format of ["stylish", "json", "github"]) {
      const run = await cli(["check", "--format", format], p.root);
      expect(run.code, format).toBe(1);
      expect(run.stderr, format).not.toContain("internt fel");
      // Both documents, each with its rule id, whatever the format.
      // One line per diagnostic with its file and rule id (stylish and github say both on one line).
      const found =
        format === "json" ? (JSON.parse(run.stdout) as { file: string; ruleId: string }[]).map((d) => `${d.file} ${d.ruleId}`).join("\n") : run.stdout;
      expect(found, format).toMatch(new RegExp(`${MANDATE}[^\\n]*?limits`));
      expect(found, format).toMatch(new RegExp(`${NOTES}[^\\n]*?reference-exists`));
    }
  } finally {
    await p.remove();
  }
});

it("a 20 MB document is refused at the default size limit, named at its file; the build stops after the check", async () => {
  const p = await project({ [MANDATE]: body(`${"Lång text. ".repeat(2_000_000)}`) });
  try {
    const run = await cli(["build", "--no-cache"], p.root, { PATH: process.env.PATH });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(new RegExp(`${MANDATE}:1:1 {2}fel {2}Filen är 2\\d{7} byte, mer än gränsen 1048576 byte, så den kontrolleras inte\\. {2}limits`));
    expect(run.stderr).toContain("Bygget avbröts på grund av fel; build är orörd.");
  } finally {
    await p.remove();
  }
}, 60_000);
