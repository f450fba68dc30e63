/** A bug in mandat inside one document's check never hides the other documents' diagnostics. */
import { afterEach, expect, it, vi } from "vitest";
import internal from "../../src/check/internal.js";
import { checkDocument } from "../../src/check/document.js";
import type { LinkRule } from "../../src/link/rule.js";
import { linkRules } from "../../src/rules/index.js";
import { cli } from "../helpers/fixture.js";
import { project, replace } from "../helpers/project.js";
import { ruleTester, runCase } from "../helpers/rule-tester.js";

const MANDATE = "mandates/styrgrupp-alfa.md";
const NOTES = "mandates/motesanteckningar/2026-02-01-styrgrupp-alfa.md";

ruleTester(internal, { valid: [{ name: "the base repository" }], invalid: [] });

afterEach(() => vi.restoreAllMocks());

/** Make a document-scoped rule throw on one file, as a bug would. */
function breakOn(file: string, error: Error): void {
  const rule = (linkRules as LinkRule[]).find((r) => r.id === "decision-date")!;
  const original = rule.check.bind(rule);
  vi.spyOn(rule, "check").mockImplementation((ctx) => {
    if (ctx.documents.some((d) => d.path === file)) throw error;
    return original(ctx);
  });
}

it("an exception in one document's rules is an internal diagnostic at that document; the others' diagnostics stay, in every format", async () => {
  breakOn(NOTES, new TypeError("Cannot read properties of undefined (reading 'x')"));
  const run = await runCase({ name: "", files: { [MANDATE]: replace("group: styrgrupp-alfa", "group: styrgrupp-alf") } });
  try {
    const brief = run.result.diagnostics.map((d) => `${d.file}:${d.place?.start.line ?? "-"} ${d.ruleId}`);
    expect(brief).toContain(`${NOTES}:1 internal`);
    expect(brief).toContain(`${MANDATE}:4 reference-exists`);
    const crash = run.result.diagnostics.find((d) => d.ruleId === "internal")!;
    expect(crash.message).toBe("Internt fel i mandat när filen kontrollerades: TypeError: Cannot read properties of undefined (reading 'x'). Filen kontrolleras inte vidare.");
    expect(crash.note).toMatch(/bugg i mandat, inte i dokumentet/);
    expect(run.result.documents.find((d) => d.path === NOTES)!.skipped).toEqual(["unreadable"]);
  } finally {
    await run.remove();
  }
});

it("the CLI shows the crash and the rest in stylish, json and github output (exit 1, not 2)", async () => {
  const p = await project({ [MANDATE]: replace("group: styrgrupp-alfa", "group: styrgrupp-alf") });
  try {
    breakOn(NOTES, new Error("boom"));
    for (const format of ["stylish", "json", "github"]) {
      const out = await cli(["check", "--no-cache", "--format", format], p.root);
      expect(out.code, format).toBe(1);
      expect(out.stdout, format).toContain("internal");
      expect(out.stdout, format).toContain("styrgrupp-alf");
      expect(out.stdout, format).toContain(NOTES);
    }
  } finally {
    await p.remove();
  }
});

it("checkDocument never throws: an environment that makes validation fail gives an internal report", () => {
  const result = checkDocument({ path: "x.md", absolute: "/x.md", value: "---\ntype: x\n---\n", kind: "document" }, { shared: { files: new Map(), targets: new Map(), known: [] }, config: { rules: {}, ruleOptions: {} } } as never);
  expect(result.reports.map((r) => [r.ruleId, r.raw.messageId, r.raw.file])).toEqual([["internal", "crash", "x.md"]]);
  expect(result.facts.skipped).toEqual(["unreadable"]);
});

it("an exception in a rule that compares documents is an internal diagnostic; the other rules still report", async () => {
  const rule = (linkRules as LinkRule[]).find((r) => r.id === "reporting-cycle")!;
  vi.spyOn(rule, "check").mockImplementation(() => {
    throw new RangeError("Maximum call stack size exceeded");
  });
  const run = await runCase({ name: "", files: { [MANDATE]: replace("group: styrgrupp-alfa", "group: styrgrupp-alf") } });
  try {
    const shown = run.result.diagnostics.map((d) => `${d.file} ${d.ruleId} ${d.message}`);
    expect(shown).toContain(
      "mandates/ internal Internt fel i mandat i regeln reporting-cycle: Maximum call stack size exceeded. Regeln hoppades över; de andra reglerna kördes.",
    );
    expect(run.result.diagnostics.some((d) => d.ruleId === "reference-exists" && d.file === MANDATE)).toBe(true);
  } finally {
    await run.remove();
  }
});
