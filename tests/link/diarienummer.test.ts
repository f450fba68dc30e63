import { describe, expect, it } from "vitest";
import { findDiarienummer, isDiarienummer } from "../../src/link/diarienummer.js";

const NBSP = "\u00a0";

describe("findDiarienummer", () => {
  it.each([
    ["RS 2024-00784", "RS 2024-00784"],
    ["SSN 2023-00470", "SSN 2023-00470"],
    ["RS 2019-03137-40", "RS 2019-03137-40"],
    ["HSN 2026-00001", "HSN 2026-00001"],
  ])("%s is well-formed", (text, normalised) => {
    expect(findDiarienummer(text)).toEqual([{ raw: text, normalised, offset: 0, length: text.length, wellFormed: true, problems: [] }]);
    expect(isDiarienummer(text)).toBe(true);
  });

  it.each([
    ["RS 2024 – 00370", "RS 2024-00370", ["dash", "spacedDash"]],
    ["RS 2024 - 00370", "RS 2024-00370", ["spacedDash"]],
    ["RS 2024–00370", "RS 2024-00370", ["dash"]],
    ["RS 2024—00370", "RS 2024-00370", ["dash"]],
    ["RS 2024\u221200370", "RS 2024-00370", ["dash"]],
    ["RS 2024\u201100370", "RS 2024-00370", ["dash"]],
    ["SSN 2026–00233", "SSN 2026-00233", ["dash"]],
    ["RS2024-00784", "RS 2024-00784", ["noSpace"]],
    [`SSN${NBSP}2023-00470`, "SSN 2023-00470", ["otherSpace"]],
    ["RS  2024-00784", "RS 2024-00784", ["otherSpace"]],
    ["RS 2019-03137–40", "RS 2019-03137-40", ["dash"]],
    ["RS 2019–03137–40", "RS 2019-03137-40", ["dash"]],
  ] as const)("%j is malformed: %s", (text, normalised, problems) => {
    expect(findDiarienummer(text)).toEqual([{ raw: text, normalised, offset: 0, length: text.length, wellFormed: false, problems }]);
    expect(isDiarienummer(text)).toBe(false);
  });

  it.each([
    "Strategi för omställningen av hälso- och sjukvården 2023–2027.",
    "2024-00784",
    "rs 2024-00784",
    "HoS 2024-00784",
    "VGR 2023–2027",
    "RS 2024-0078",
    "RS 2024-007841",
    "ABCDEFRS 2024-00784",
    "RS 1874-00784",
    "tel. 072-201 59 50",
    "kl. 09:00–12:00 den 2026-02-19",
  ])("%j has no diarienummer", (text) => {
    expect(findDiarienummer(text)).toEqual([]);
  });

  it("finds several in running text with their offsets", () => {
    const text = "beskrivs i ”Uppdragsbeskrivning” (RS 2024 – 00370) och i (SSN 2023-00470).";
    expect(findDiarienummer(text).map((m) => [m.raw, m.offset, m.wellFormed])).toEqual([
      ["RS 2024 – 00370", text.indexOf("RS"), false],
      ["SSN 2023-00470", text.indexOf("SSN"), true],
    ]);
  });

  it("takes a line break in place of the space as a wrapped line, not a mistake", () => {
    expect(findDiarienummer("enligt RS\n2024-00784.")).toEqual([
      { raw: "RS\n2024-00784", normalised: "RS 2024-00784", offset: 7, length: 13, wellFormed: true, problems: [] },
    ]);
  });
});
