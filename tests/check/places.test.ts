/**
 * A cached result keeps its places as a list of offsets when the frontmatter's data gives their paths
 * (parse/place.ts compactPlaces): read back, every place is where parsing the file puts it.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { lineOf, packResult, resultOf } from "../../src/check/pack.js";
import { factsOf } from "../../src/check/result.js";
import { Recorder } from "../../src/diagnostics/reporter.js";
import type { SourceFile } from "../../src/load/source.js";
import { parseFile } from "../../src/parse/index.js";
import { compactPlaces, expandPlaces, placeOfPath } from "../../src/parse/place.js";
import { BASE } from "../helpers/project.js";
import { REPO_ROOT } from "../helpers/repo.js";

const markdownIn = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? markdownIn(join(dir, e.name)) : e.name.endsWith(".md") ? [join(dir, e.name)] : []));

const parsed = (path: string, value: string) => {
  const source: SourceFile = { path, absolute: path, value, kind: "document" };
  return parseFile(source, new Recorder());
};

/** The places of a document after a trip through a pack line, and the pack line's places field. */
function throughPack(doc: ReturnType<typeof parsed>) {
  const packed = packResult({ facts: factsOf(doc), reports: [], shared: [] });
  const back = resultOf(lineOf(doc.path, "key", packed))!;
  return { places: back.facts.places, field: packed.places };
}

describe("places in the check cache", () => {
  const files = [...markdownIn(join(REPO_ROOT, "mandates")), ...markdownIn(join(BASE, "mandates"))];

  it("are the parsed places for every real and fixture document, kept as offsets only", () => {
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const doc = parsed(relative(REPO_ROOT, file), readFileSync(file, "utf8"));
      if (!doc.places) continue;
      const { places, field } = throughPack(doc);
      expect(places, file).toEqual(doc.places);
      // No path in the field: the data gives them.
      expect(field.startsWith("["), file).toBe(true);
      expect(field).not.toContain("\\u001f");
    }
  });

  it("place a value read back on the same line and column as a fresh parse", () => {
    const text = "---\ntype: uppdragshandling\ntitle: Styrgrupp\nparticipants:\n  - person: anna-a\n    role: ordforande\n  - person: bertil-b\n---\n\nText.\n";
    const doc = parsed("mandates/a.md", text);
    const back = { ...doc, places: throughPack(doc).places };
    expect(placeOfPath(back, ["participants", 1, "person"])).toEqual({ start: { line: 7, column: 13, offset: text.indexOf("bertil-b") }, end: { line: 7, column: 21, offset: text.indexOf("bertil-b") + 8 } });
    expect(placeOfPath(back, ["participants", 1, "person"])).toEqual(placeOfPath(doc, ["participants", 1, "person"]));
  });

  it("are kept whole when the data walks otherwise than the YAML: aliases, integer keys, complex keys", () => {
    const texts = [
      "---\ntype: uppdragshandling\nbase: &b\n  x: 1\ncopy: *b\n---\n",
      "---\ntype: uppdragshandling\nnamed: a\n\"2024\": b\n---\n",
      "---\ntype: uppdragshandling\n? [a, b]\n: c\n---\n",
    ];
    for (const text of texts) {
      const doc = parsed("mandates/a.md", text);
      expect(compactPlaces(doc.data, doc.places!), text).toBeUndefined();
      const { places, field } = throughPack(doc);
      expect(places, text).toEqual(doc.places);
      expect(field.startsWith("{"), text).toBe(true);
    }
  });

  it("are not made up from a list that does not fit the data", () => {
    const doc = parsed("mandates/a.md", "---\ntype: uppdragshandling\ntitle: T\n---\n");
    const compact = compactPlaces(doc.data, doc.places!)!;
    expect(expandPlaces(doc.data, compact)).toEqual(doc.places);
    expect(expandPlaces(doc.data, compact.slice(4))).toBeUndefined();
    expect(expandPlaces({ type: "uppdragshandling" }, compact)).toBeUndefined();
  });
});
