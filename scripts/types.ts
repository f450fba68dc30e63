/**
 * TypeScript types generated from the JSON Schemas, so the code's types and the schemas cannot drift:
 * each document type's data (src/doctypes/<type>/data.generated.ts) and the registry entries
 * (src/link/registry.generated.ts). `npm run types` writes them; tests/types.test.ts checks that the
 * committed files equal what the schemas give.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { compile, type JSONSchema } from "json-schema-to-typescript";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const SCHEMAS = join(ROOT, "schemas");

export interface TypeTarget {
  /** Generated file, relative to the repository root. */
  out: string;
  /** Schema file under schemas/ and the exported name of its root type. */
  schema: string;
  name: string;
  /** Instead of the root, these $defs (registry entries), by exported name. */
  defs?: Record<string, string>;
}

export const TARGETS: TypeTarget[] = [
  { out: "src/doctypes/mandate/data.generated.ts", schema: "mandate.schema.json", name: "Mandate" },
  { out: "src/doctypes/meeting-notes/data.generated.ts", schema: "meeting-notes.schema.json", name: "MeetingNotes" },
  {
    out: "src/link/registry.generated.ts",
    schema: "registry.schema.json",
    name: "RegistryEntries",
    defs: { Organisation: "organisation", Role: "role", Person: "person", Group: "group", ExternalDocument: "document" },
  },
  { out: "src/link/common.generated.ts", schema: "common.schema.json", name: "CommonDefinitions", defs: { Party: "party" } },
];

// Titles are Swedish labels for people; names of types come from property and $defs keys instead.
function withoutTitles(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutTitles);
  if (typeof node !== "object" || node === null) return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === "title" || key === "$comment" || key === "examples") continue;
    out[key] = key === "properties" || key === "$defs"
      ? Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, withoutTitles(v)]))
      : withoutTitles(value);
  }
  return out;
}

function readSchema(file: string): JSONSchema {
  return withoutTitles(JSON.parse(readFileSync(join(SCHEMAS, file), "utf8"))) as JSONSchema;
}

const BANNER = (schema: string) =>
  `/* Generated from schemas/${schema} by scripts/types.ts (npm run types). Do not edit: edit the schema. */`;

export async function generate(target: TypeTarget): Promise<string> {
  const schema = readSchema(target.schema);
  delete schema.$id;
  if (target.defs) {
    // One root whose properties are the wanted $defs, so each gets its own exported interface.
    schema.type = "object";
    schema.additionalProperties = false;
    schema.properties = Object.fromEntries(Object.entries(target.defs).map(([name, def]) => [name, { $ref: `#/$defs/${def}` }]));
    schema.required = Object.keys(target.defs);
  }
  return compile(schema, target.name, {
    bannerComment: BANNER(target.schema),
    additionalProperties: false,
    unknownAny: true,
    ignoreMinAndMaxItems: true,
    declareExternallyReferenced: true,
    cwd: SCHEMAS,
    style: { printWidth: 120 },
    $refOptions: {
      resolve: {
        http: false,
        file: false,
        // Every $ref points at a schema of this folder; read it, titles removed, from disk.
        mandat: { order: 1, canRead: () => true, read: (file: { url: string }) => JSON.stringify(readSchema(basename(file.url.replace(/#.*$/, "")))) },
      },
    },
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const target of TARGETS) {
    writeFileSync(join(ROOT, target.out), await generate(target));
    console.log(`wrote ${target.out}`);
  }
}
