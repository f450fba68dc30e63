/**
 * The precompiled validators (dist/schemas.precompiled.cjs, made by `npm test` before the tests) and
 * the ones ajv compiles at run time are interchangeable: the same errors, references and prose, and
 * so the same diagnostics, for the real documents and for broken copies of them.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { Reporter } from "../../src/diagnostics/reporter.js";
import { docTypes } from "../../src/doctypes/index.js";
import { load } from "../../src/load/index.js";
import type { SourceFile } from "../../src/load/source.js";
import { parseFile } from "../../src/parse/index.js";
import { validateFile } from "../../src/validate/index.js";
import { loadSchemas, type Schemas } from "../../src/validate/schemas.js";
import { REPO_ROOT } from "../helpers/repo.js";

const MODULE = join(REPO_ROOT, "dist", "schemas.precompiled.cjs");
const INF = "mandates/samordningsrad-infektion.md";
const NOTES = "mandates/motesanteckningar/2026-02-19-samordnande-grupp-utveckling-hos.md";

/** Broken copies of real files: each edit makes the schema fail in a different way. */
const BROKEN: { name: string; file: string; from: string | RegExp; to: string }[] = [
  { name: "a misspelt key (additionalProperties, required)", file: INF, from: "\ndiarienummer:", to: "\ndiarienumer:" },
  { name: "a wrong enum value", file: INF, from: "status: fastställd", to: "status: faststäld" },
  { name: "an impossible date (format)", file: INF, from: "date: 2026-06-16", to: "date: 2026-02-30" },
  { name: "a malformed diarienummer (pattern)", file: INF, from: "diarienummer: RS 2024-00784", to: "diarienummer: RS2024-784" },
  { name: "a number where a text belongs (type)", file: INF, from: "area: Verksamhet samordningsråd infektion, Hälso- och sjukvård", to: "area: 42" },
  { name: "a bad id deep in a list (pattern in $ref)", file: INF, from: "    - regionala-processteam", to: "    - Regionala_Processteam" },
  { name: "the same group twice (uniqueItems)", file: INF, from: "  - klinisk-ledning\n", to: "  - klinisk-ledning\n  - klinisk-ledning\n" },
  { name: "an empty text (minLength)", file: INF, from: /\n  text: Deltagare i samordningsråd infektion/, to: '\n  text: ""' },
  { name: "a frequency below its minimum", file: INF, from: "  min: 4", to: "  min: -1" },
  { name: "meeting notes with a misspelt person key", file: NOTES, from: "person: anders-kullbratt", to: "persson: anders-kullbratt" },
  { name: "meeting notes with a time of day out of range", file: NOTES, from: /\b(\d\d):(\d\d)\b/, to: "25:61" },
];

let sources: SourceFile[];
let precompiled: Schemas;
let runtime: Schemas;

beforeAll(async () => {
  expect(existsSync(MODULE), "npm test (or npm run compile) makes dist/schemas.precompiled.cjs").toBe(true);
  const loaded = await load({ root: REPO_ROOT, cwd: REPO_ROOT });
  sources = [...loaded.registry, ...loaded.documents];
  precompiled = loadSchemas(docTypes, { precompiled: MODULE });
  runtime = loadSchemas(docTypes, { precompiled: false });
});

/** What validation gives a user and the later stages: ajv's errors, refs, prose and the diagnostics' text and place. */
function validateWith(schemas: Schemas, source: SourceFile) {
  const reporter = new Reporter("sv");
  const doc = parseFile(source, reporter);
  const validate = source.kind === "registry" ? schemas.registry[source.registry!] : schemas.documents.get(String((doc.data as { type?: unknown })?.type));
  const context = { refs: [], prose: [] };
  const valid = validate!.call(context, doc.data);
  const errors = validate!.errors ?? [];
  validateFile(doc, schemas, reporter);
  return {
    valid,
    errors,
    context,
    refs: doc.refs,
    prose: doc.prose,
    diagnostics: reporter.diagnostics.map((d) => `${d.file}:${d.place?.start.line}:${d.place?.start.column} ${d.ruleId} ${d.message}${d.note ? ` (${d.note})` : ""}`),
  };
}

function broken(edit: (typeof BROKEN)[number]): SourceFile {
  const source = sources.find((s) => s.path === edit.file)!;
  const value = source.value.replace(edit.from, edit.to);
  expect(value, `${edit.name}: the edit applies`).not.toBe(source.value);
  return { ...source, value };
}

describe("precompiled validators", () => {
  it("are the ones in use when the module matches the schemas", () => {
    expect(precompiled.precompiled).toBe(true);
    expect(runtime.precompiled).toBe(false);
  });

  it("give the real documents and registries the same result as run-time ajv: valid, with the same refs and prose", () => {
    expect(sources.length).toBeGreaterThanOrEqual(10);
    for (const source of sources) {
      const a = validateWith(precompiled, source);
      const b = validateWith(runtime, source);
      expect(a.valid, source.path).toBe(true);
      expect(a, source.path).toEqual(b);
    }
    const mandate = validateWith(precompiled, sources.find((s) => s.path === INF)!);
    expect(mandate.refs).toContainEqual({ kind: "group", id: "regionala-processteam", path: ["subgroups", "groups", 0] });
    expect(mandate.prose).toContainEqual(["subgroups", "text"]);
  });

  it.each(BROKEN)("give the same errors and diagnostics for $name", (edit) => {
    const source = broken(edit);
    const a = validateWith(precompiled, source);
    const b = validateWith(runtime, source);
    expect(a.valid).toBe(false);
    expect(a.diagnostics.filter((d) => d.includes(" schema ")).length).toBeGreaterThan(0);
    expect(a.errors).toEqual(b.errors);
    expect(a.context).toEqual(b.context);
    expect(a.diagnostics).toEqual(b.diagnostics);
  });

  it("look up the schema's titles without ajv as ajv does", () => {
    for (const uri of [
      "https://mandat.example/schemas/common.schema.json#/$defs/id",
      "https://mandat.example/schemas/mandate.schema.json",
      "https://mandat.example/schemas/registry.schema.json#/$defs/names",
    ]) {
      expect(precompiled.lookup(uri), uri).toBeDefined();
      expect(precompiled.lookup(uri), uri).toEqual(runtime.lookup(uri));
    }
  });
});
