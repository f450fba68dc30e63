/** The acceptance cases: broken copies of real documents, each pinned to rule, file, line and column. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cli, copyMandates, type CliRun, type Fixture } from "../helpers/fixture.js";

const HOS = "mandates/samordnande-grupp-utveckling-hos.md";
const LIB = "mandates/samordningsgrupp-medicinska-biblioteksfragor.md";
const INF = "mandates/samordningsrad-infektion.md";
const NOTES = "mandates/motesanteckningar/2026-02-19-samordnande-grupp-utveckling-hos.md";

interface JsonDiagnostic {
  file: string;
  line: number;
  column: number;
  severity: string;
  ruleId: string;
  message: string;
  note?: string;
}

let fx: Fixture;
let stylish: CliRun;
let json: JsonDiagnostic[];
let jsonRun: CliRun;
const at: Record<string, { line: number; column: number }> = {};

beforeAll(async () => {
  fx = await copyMandates();
  // 1. YAML syntax error: a value with ": " inside, unquoted.
  at.yaml = await fx.replace(HOS, "diarienummer: RS 2023-01756", "diarienummer: RS 2023-01756: utkast");
  at.yaml = { line: at.yaml.line, column: at.yaml.column + "diarienummer: ".length };
  // 2. A missing required field: the decision's date.
  const notesText = await fx.read(INF);
  const decisionAt = notesText.indexOf("decision:");
  const dateLine = notesText.slice(decisionAt).match(/\n  date: [0-9-]+\n/)![0];
  await fx.write(INF, notesText.slice(0, decisionAt) + notesText.slice(decisionAt).replace(dateLine, "\n"));
  // 3. A wrong type two levels deep in a list: an organisation id that is a number.
  at.type = await fx.replace(LIB, "        - vgr-akademin\n", "        - 42\n");
  at.type = { line: at.type.line, column: at.type.column + "        - ".length };
  // 4. An unknown id: a misspelt person in the meeting notes.
  at.ref = await fx.replace(NOTES, "person: anders-kullbratt", "person: anders-kulbratt");
  at.ref = { line: at.ref.line, column: at.ref.column + "person: ".length };
  stylish = await cli(["check"], fx.dir);
  jsonRun = await cli(["check", "--format", "json"], fx.dir);
  json = JSON.parse(jsonRun.stdout) as JsonDiagnostic[];
});
afterAll(() => fx.remove());

function only(file: string): JsonDiagnostic {
  const list = json.filter((d) => d.file === file);
  expect(list, JSON.stringify(list, null, 2)).toHaveLength(1);
  return list[0]!;
}

describe("mandat check on broken copies of the real documents", () => {
  it("exits 1 and reports all four documents in one run", () => {
    expect(stylish.code).toBe(1);
    expect(jsonRun.code).toBe(1);
    expect(new Set(json.map((d) => d.file))).toEqual(new Set([HOS, INF, LIB, NOTES]));
  });

  it("a YAML syntax error points at the offending value", () => {
    const d = only(HOS);
    expect(d).toMatchObject({ ruleId: "yaml-syntax", severity: "error", line: at.yaml!.line, column: at.yaml!.column });
    expect(d.message).toMatch(/^YAML-syntaxfel: /);
    expect(d.note).toMatch(/citattecken/);
  });

  it("a missing required field names the field and where it belongs", () => {
    const d = only(INF);
    expect(d.ruleId).toBe("schema");
    expect(d.message).toBe("Fältet date (Datum för beslut) saknas i decision.");
  });

  it("a wrong type deep in a list points at the list item, not the top-level key", () => {
    const d = only(LIB);
    expect(d).toMatchObject({ ruleId: "schema", line: at.type!.line, column: at.type!.column });
    expect(d.message).toBe("Organisation ska vara en text, men är ett heltal (42).");
  });

  it("an unknown id is reported with a suggestion", () => {
    const d = only(NOTES);
    expect(d).toMatchObject({ ruleId: "reference-exists", line: at.ref!.line, column: at.ref!.column });
    expect(d.message).toBe("Personen anders-kulbratt finns inte i registret. Menade du anders-kullbratt?");
  });

  it("the stylish output has file:line:column, severity, message and rule id on one line", () => {
    expect(stylish.stdout).toContain(
      `${NOTES}:${at.ref!.line}:${at.ref!.column}  fel  Personen anders-kulbratt finns inte i registret. Menade du anders-kullbratt?  reference-exists`,
    );
    expect(stylish.stdout).toContain(`${HOS}:${at.yaml!.line}:${at.yaml!.column}  fel  YAML-syntaxfel`);
    expect(stylish.stdout).toMatch(/✖ 4 problem \(4 fel, 0 varningar\)\n\d+ diagnoser dolda av mandat-disable-next-line\.\n$/);
    expect(stylish.stderr).toBe("");
  });

  it("the stylish output shows the offending line with a caret under the node", () => {
    const lines = stylish.stdout.split("\n");
    const frame = lines.findIndex((l) => l.includes(`> ${at.type!.line} |         - 42`));
    expect(frame).toBeGreaterThan(0);
    expect(lines[frame + 1]!.endsWith(`| ${" ".repeat(at.type!.column - 1)}^^`)).toBe(true);
  });

  it("speaks English with --lang en", async () => {
    const run = await cli(["check", "--lang", "en", NOTES], fx.dir);
    expect(run.stdout).toContain("error  The person anders-kulbratt is not in the registry. Did you mean anders-kullbratt?  reference-exists");
    expect(run.stdout).toContain("✖ 1 problems (1 error, 0 warnings)");
  });
});
