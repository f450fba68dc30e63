import { describe, expect, it } from "vitest";
import { findDiarienummer, isDiarienummer } from "../../src/link/diarienummer.js";

const NBSP = "\u00a0";

describe("findDiarienummer", () => {
  it.each([
    ["RS 2026-00101", "RS 2026-00101"],
    ["SSN 2025-00202", "SSN 2025-00202"],
    ["RS 2021-01234-40", "RS 2021-01234-40"],
    ["HSN 2026-00001", "HSN 2026-00001"],
  ])("%s is well-formed", (text, normalised) => {
    expect(findDiarienummer(text)).toEqual([{ raw: text, normalised, offset: 0, length: text.length, wellFormed: true, problems: [] }]);
    expect(isDiarienummer(text)).toBe(true);
  });

  it.each([
    ["RS 2026 – 00303", "RS 2026-00303", ["dash", "spacedDash"]],
    ["RS 2026 - 00303", "RS 2026-00303", ["spacedDash"]],
    ["RS 2026–00303", "RS 2026-00303", ["dash"]],
    ["RS 2026—00303", "RS 2026-00303", ["dash"]],
    ["RS 2026\u221200303", "RS 2026-00303", ["dash"]],
    ["RS 2026\u201100303", "RS 2026-00303", ["dash"]],
    ["SSN 2026–00404", "SSN 2026-00404", ["dash"]],
    ["RS2026-00101", "RS 2026-00101", ["noSpace"]],
    [`SSN${NBSP}2025-00202`, "SSN 2025-00202", ["otherSpace"]],
    ["RS  2026-00101", "RS 2026-00101", ["otherSpace"]],
    ["RS 2021-01234–40", "RS 2021-01234-40", ["dash"]],
    ["RS 2021–01234–40", "RS 2021-01234-40", ["dash"]],
  ] as const)("%j is malformed: %s", (text, normalised, problems) => {
    expect(findDiarienummer(text)).toEqual([{ raw: text, normalised, offset: 0, length: text.length, wellFormed: false, problems }]);
    expect(isDiarienummer(text)).toBe(false);
  });

  it.each([
    "Strategi för omställningen av hälso- och sjukvården 2023–2027.",
    "2026-00101",
    "rs 2026-00101",
    "HoS 2026-00101",
    "VGR 2023–2027",
    "RS 2026-0010",
    "RS 2026-001011",
    "ABCDEFRS 2026-00101",
    "RS 1874-00101",
    "tel. 012-345 67 89",
    "kl. 09:00–12:00 den 2026-02-19",
  ])("%j has no diarienummer", (text) => {
    expect(findDiarienummer(text)).toEqual([]);
  });

  it("finds several in running text with their offsets", () => {
    const text = "beskrivs i ”Uppdragsbeskrivning” (RS 2026 – 00303) och i (SSN 2025-00202).";
    expect(findDiarienummer(text).map((m) => [m.raw, m.offset, m.wellFormed])).toEqual([
      ["RS 2026 – 00303", text.indexOf("RS"), false],
      ["SSN 2025-00202", text.indexOf("SSN"), true],
    ]);
  });

  it("takes a line break in place of the space as a wrapped line, not a mistake", () => {
    expect(findDiarienummer("enligt RS\n2026-00101.")).toEqual([
      { raw: "RS\n2026-00101", normalised: "RS 2026-00101", offset: 7, length: 13, wellFormed: true, problems: [] },
    ]);
  });
});

describe("findDiarienummer with the diarium prefixes in use", () => {
  const prefixes = new Set(["RS", "SSN"]);
  it.each([
    ["rs 2024-00370", "RS 2024-00370", ["case"]],
    ["Ssn 2023-00470", "SSN 2023-00470", ["case"]],
    ["RS 2024-370", "RS 2024-00370", ["shortSerial"]],
    ["RS 2024-0370", "RS 2024-00370", ["shortSerial"]],
    ["rs 2024 – 370", "RS 2024-00370", ["case", "dash", "spacedDash", "shortSerial"]],
    ["RS 2019-3137-40", "RS 2019-03137-40", ["shortSerial"]],
  ] as const)("%j is a malformed %s", (text, normalised, problems) => {
    expect(findDiarienummer(text, { prefixes })).toEqual([{ raw: text, normalised, offset: 0, length: text.length, wellFormed: false, problems }]);
    // Without the prefixes in use, only the strict forms are looked for.
    expect(findDiarienummer(text)).toEqual([]);
  });

  it.each(["RS 2023-2027", "år 2024-25", "hsn 2026-12", "VGR 2026-12", "RS 2026-001011"])("%j has none", (text) => {
    expect(findDiarienummer(text, { prefixes })).toEqual([]);
  });

  it("keeps the strict matches and adds the loose ones in order", () => {
    const found = findDiarienummer("rs 2024-370 och RS 2024-00370", { prefixes });
    expect(found.map((m) => [m.raw, m.wellFormed])).toEqual([
      ["rs 2024-370", false],
      ["RS 2024-00370", true],
    ]);
  });
});
