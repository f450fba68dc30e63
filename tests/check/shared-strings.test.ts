/** The results a run holds for the corpus rules share their strings (check/pack.ts SharedStrings): same values, no side effects. */
import { describe, expect, it } from "vitest";
import { lineOf, packResult, resultOf, SharedStrings } from "../../src/check/pack.js";
import type { DocumentResult } from "../../src/check/result.js";

const result = (path: string): DocumentResult => ({
  facts: {
    path,
    yamlOffset: 4,
    data: { group: "styrgrupp-alfa", members: ["anna", "bertil", "anna"], nested: { deep: [{ note: "Gemensam text om ansvar och mandat." }] } },
    refs: [{ kind: "group", id: "styrgrupp-alfa", path: ["group"] }],
    passages: [{ text: "Gemensam text om ansvar och mandat.", file: path, place: { start: { line: 9, column: 1, offset: 120 }, end: { line: 9, column: 36, offset: 155 } } }],
    skipped: [],
    places: { group: [0, 5, 7, 21] },
  } as unknown as DocumentResult["facts"],
  reports: [],
  shared: [],
});

describe("shared strings of results", () => {
  it("leave every value of a result read back from a pack line as it was", () => {
    const strings = new SharedStrings();
    const original = result("mandates/a.md");
    const line = lineOf("mandates/a.md", "k", packResult(original));
    const back = resultOf(line, strings)!;
    const again = resultOf(lineOf("mandates/b.md", "k", packResult(result("mandates/b.md"))), strings)!;
    expect(JSON.parse(JSON.stringify(back))).toEqual(JSON.parse(JSON.stringify(original)));
    expect(back.facts.places).toEqual(original.facts.places);
    expect(again.facts.data).toEqual(original.facts.data);
  });

  it("keep a __proto__ key as data and never set a prototype from it", () => {
    const value = JSON.parse('{"__proto__": {"polluted": "ja"}, "list": ["ja", {"__proto__": ["x"]}]}') as Record<string, unknown>;
    const shared = new SharedStrings().share(value);
    expect(Object.getPrototypeOf(shared)).toBe(Object.prototype);
    expect(Object.keys(shared)).toEqual(["__proto__", "list"]);
    expect(Object.getOwnPropertyDescriptor(shared, "__proto__")?.value).toEqual({ polluted: "ja" });
    expect((shared as { polluted?: unknown }).polluted).toBeUndefined();
    expect(Object.getPrototypeOf((shared.list as object[])[1])).toBe(Object.prototype);
  });
});
