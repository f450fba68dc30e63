import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../src/diagnostics/diagnostic.js";
import { formatGithub } from "../src/diagnostics/format/github.js";
import { formatJson } from "../src/diagnostics/format/json.js";

const diagnostic = (i: number, severity: "error" | "warning"): Diagnostic => ({
  file: `mandates/grupp-${String(i).padStart(2, "0")}.md`,
  place: { start: { line: i + 1, column: 3 }, end: { line: i + 1, column: 9 } },
  ruleId: "reference-exists",
  severity,
  message: `Gruppen x-${i} finns inte i registret, men: 100%`,
  note: "Lägg till den.",
});

describe("--format github", () => {
  it("writes a workflow command with file, line, column and an escaped message", () => {
    expect(formatGithub([diagnostic(1, "error")])).toBe(
      "::error file=mandates/grupp-01.md,line=2,col=3,endLine=2,endColumn=9,title=reference-exists::Gruppen x-1 finns inte i registret, men: 100%25%0ALägg till den.\n",
    );
  });

  it("annotates at most 10 errors and 10 warnings and lists the rest under one summary", () => {
    const all = [...Array.from({ length: 13 }, (_, i) => diagnostic(i, "error")), ...Array.from({ length: 11 }, (_, i) => diagnostic(i, "warning"))];
    const lines = formatGithub(all).trimEnd().split("\n");
    expect(lines.filter((l) => l.startsWith("::error "))).toHaveLength(10);
    expect(lines.filter((l) => l.startsWith("::warning "))).toHaveLength(10);
    expect(lines.filter((l) => l.startsWith("::notice "))).toEqual([
      "::notice title=mandat::4 diagnoser till (3 fel) visas inte som annoteringar; de står nedan och med mandat check lokalt.",
    ]);
    expect(lines.slice(-4)).toEqual([
      "mandates/grupp-10.md:11:3  fel  Gruppen x-10 finns inte i registret, men: 100%  reference-exists",
      "mandates/grupp-11.md:12:3  fel  Gruppen x-11 finns inte i registret, men: 100%  reference-exists",
      "mandates/grupp-12.md:13:3  fel  Gruppen x-12 finns inte i registret, men: 100%  reference-exists",
      "mandates/grupp-10.md:11:3  varning  Gruppen x-10 finns inte i registret, men: 100%  reference-exists",
    ]);
  });

  it("gives every rule an annotation before any rule gets a second, keeping file order", () => {
    const many = Array.from({ length: 12 }, (_, i) => diagnostic(i, "error"));
    const cycle = { ...diagnostic(20, "error"), ruleId: "reporting-cycle", message: "Rapporteringen går i cirkel." };
    const lines = formatGithub([...many, cycle]).trimEnd().split("\n");
    const annotated = lines.filter((l) => l.startsWith("::error "));
    expect(annotated).toHaveLength(10);
    expect(annotated.map((l) => /title=([\w-]+)/.exec(l)![1])).toEqual([...Array(9).fill("reference-exists"), "reporting-cycle"]);
    expect(lines.slice(-4)).toEqual([
      "::notice title=mandat::3 diagnoser till (3 fel) visas inte som annoteringar; de står nedan och med mandat check lokalt.",
      "mandates/grupp-09.md:10:3  fel  Gruppen x-9 finns inte i registret, men: 100%  reference-exists",
      "mandates/grupp-10.md:11:3  fel  Gruppen x-10 finns inte i registret, men: 100%  reference-exists",
      "mandates/grupp-11.md:12:3  fel  Gruppen x-11 finns inte i registret, men: 100%  reference-exists",
    ]);
  });
});

describe("--format json", () => {
  it("gives file, line, column, severity, rule id and message for each diagnostic", () => {
    expect(JSON.parse(formatJson([diagnostic(1, "warning")]))).toEqual([
      {
        file: "mandates/grupp-01.md",
        line: 2,
        column: 3,
        endLine: 2,
        endColumn: 9,
        severity: "warning",
        ruleId: "reference-exists",
        message: "Gruppen x-1 finns inte i registret, men: 100%",
        note: "Lägg till den.",
      },
    ]);
  });
});
