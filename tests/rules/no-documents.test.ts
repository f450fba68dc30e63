import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { expect, it } from "vitest";
import { check } from "../../src/check.js";
import rule from "../../src/load/rules/no-documents.js";
import { cli } from "../helpers/fixture.js";
import { project } from "../helpers/project.js";
import { ruleTester } from "../helpers/rule-tester.js";

const MANDATE = "mandates/styrgrupp-alfa.md";
const NOTES = "mandates/motesanteckningar/2026-02-01-styrgrupp-alfa.md";

ruleTester(rule, {
  valid: [{ name: "the base repository" }],
  invalid: [
    {
      name: "a mandates/ folder without documents",
      files: { [MANDATE]: null, [NOTES]: null },
      errors: [
        {
          messageId: "empty",
          file: "mandates",
          noPlace: true,
          severity: "warning",
          message: "Mappen mandates innehåller inga dokument, så ingenting kontrollerades.",
          note: "Lägg dokumenten (.md-filer) i mandates/, eller ange rätt mapp eller --root.",
        },
      ],
    },
  ],
});

it("an empty folder named on the command line is a warning (exit 0), not silence", async () => {
  const p = await project();
  try {
    await mkdir(join(p.root, "mandates/tom"));
    const result = await check({ root: p.root, today: "2026-11-23", cache: false, paths: [join(p.root, "mandates/tom")] });
    expect(result.diagnostics.map((d) => [d.file, d.ruleId, d.severity])).toEqual([["mandates/tom", "no-documents", "warning"]]);
    const run = await cli(["check", "mandates/tom"], p.root);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Mappen mandates/tom innehåller inga dokument");
  } finally {
    await p.remove();
  }
});

it("a build of a mandates/ folder without documents says so in its output, not silence", async () => {
  const p = await project({ [MANDATE]: null, [NOTES]: null });
  try {
    const run = await cli(["build", "--no-cache"], p.root, { PATH: process.env.PATH });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("  mandates:1:1  varning  Mappen mandates innehåller inga dokument, så ingenting kontrollerades.  no-documents\n");
    expect(run.stderr).toContain("Kontrollerade 0 dokument");
  } finally {
    await p.remove();
  }
}, 60_000);
