/** --format sarif and --format gitlab on a real check of a broken fictional repository. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import Ajv04 from "ajv-draft-04";
import addFormats from "ajv-formats";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatGitlab } from "../src/diagnostics/format/gitlab.js";
import { formatSarif } from "../src/diagnostics/format/sarif.js";
import { cli } from "./helpers/fixture.js";
import { edits, project, replace, type Project } from "./helpers/project.js";

const SCHEMA = JSON.parse(readFileSync(fileURLToPath(new URL("fixtures/sarif/sarif-2.1.0-rtm.5.json", import.meta.url)), "utf8"));

function sarifValidator() {
  const ajv = new Ajv04.default({ allErrors: true, strict: false, unicodeRegExp: false }) // the schema's language pattern is not valid in unicode mode;
  addFormats.default(ajv);
  return ajv.compile(SCHEMA);
}

let broken: Project;
beforeAll(async () => {
  broken = await project({
    "mandates/styrgrupp-alfa.md": edits(replace("\nchair:", "\nchiar:"), replace("group: ledningsgruppen", "group: ledningsgrupen")),
  });
});
afterAll(() => broken.remove());

describe("--format sarif", () => {
  it("validates against the SARIF 2.1.0 schema and points at file, line and column", async () => {
    const r = await cli(["check", "--no-cache", "--format", "sarif"], broken.root);
    expect(r.code).toBe(1);
    const log = JSON.parse(r.stdout);
    const validate = sarifValidator();
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
    const results = log.runs[0].results as { ruleId: string; level: string; message: { text: string }; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }[] }[];
    const unknownField = results.find((x) => x.message.text.includes("Okänt fält chiar"))!;
    expect(unknownField).toMatchObject({ ruleId: "schema", level: "error" });
    expect(unknownField.locations[0]!.physicalLocation).toMatchObject({ artifactLocation: { uri: "mandates/styrgrupp-alfa.md" }, region: { startLine: 11, startColumn: 1 } });
    const rules = log.runs[0].tool.driver.rules as { id: string; shortDescription?: { text: string } }[];
    expect(rules.map((x) => x.id)).toEqual([...new Set(results.map((x) => x.ruleId))].sort());
    expect(rules.find((x) => x.id === "reference-exists")?.shortDescription?.text).toBeTruthy();
  });

  it("stays valid with no diagnostics, related places and diagnostics without a place", () => {
    const validate = sarifValidator();
    expect(validate(JSON.parse(formatSarif([], { lang: "sv" })))).toBe(true);
    const log = JSON.parse(
      formatSarif(
        [
          { file: "mandates/å ä.md", ruleId: "duplicate-id", severity: "warning", message: "Dubblett.", related: [{ file: "mandates/b.md", place: { start: { line: 2, column: 1 } }, message: "Först här" }] },
          { file: "mandates/registry/groups.yaml", ruleId: "no-documents", severity: "info", message: "Inga dokument." },
        ],
        { lang: "sv", version: "0.1.0" },
      ),
    );
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe("mandates/%C3%A5%20%C3%A4.md");
    expect(log.runs[0].results[1].level).toBe("note");
  });

  it("the schema check is real: a result without a message is refused", () => {
    const log = JSON.parse(formatSarif([{ file: "a.md", ruleId: "schema", severity: "error", message: "x" }], { lang: "sv" }));
    delete log.runs[0].results[0].message;
    expect(sarifValidator()(log)).toBe(false);
  });
});

describe("--format gitlab", () => {
  it("writes GitLab code-quality issues with path, begin line, severity and a stable fingerprint", async () => {
    const r = await cli(["check", "--no-cache", "--format", "gitlab"], broken.root);
    expect(r.code).toBe(1);
    const issues = JSON.parse(r.stdout) as { description: string; check_name: string; fingerprint: string; severity: string; location: { path: string; lines: { begin: number } } }[];
    const unknownField = issues.find((i) => i.description.includes("Okänt fält chiar"))!;
    expect(unknownField).toMatchObject({ check_name: "schema", severity: "major", location: { path: "mandates/styrgrupp-alfa.md", lines: { begin: 11 } } });
    expect(new Set(issues.map((i) => i.fingerprint)).size).toBe(issues.length);
    const again = JSON.parse((await cli(["check", "--no-cache", "--format", "gitlab"], broken.root)).stdout) as typeof issues;
    expect(again.map((i) => i.fingerprint)).toEqual(issues.map((i) => i.fingerprint));
  });

  it("keeps the fingerprint when the problem moves to another line", () => {
    const at = (line: number) => JSON.parse(formatGitlab([{ file: "a.md", place: { start: { line, column: 1 } }, ruleId: "schema", severity: "error", message: "Fel." }]))[0];
    expect(at(3).fingerprint).toBe(at(9).fingerprint);
    expect(at(9).location.lines.begin).toBe(9);
  });
});
