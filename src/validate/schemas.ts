/** The JSON Schemas of mandat (schemas/) and of every document type, compiled once per set of types. */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { ValidateFunction } from "ajv";
import type { RegistryName } from "../load/source.js";
import { createAjv } from "./ajv.js";
import type { SchemaLookup } from "./titles.js";
import { SCHEMA_BASE } from "./titles.js";

// Schemas are part of the program, not of the input, so they are read from the package itself.
export const SCHEMA_DIR = fileURLToPath(new URL("../../schemas/", import.meta.url));
export { SCHEMA_BASE };

/** What validate needs of a document type: its `type` value and its schema file. */
export interface TypedSchema {
  type: string;
  schema: URL;
}

export interface Schemas {
  /** The validator of each document type, by its `type` value. */
  documents: Map<string, ValidateFunction>;
  registry: Record<RegistryName, ValidateFunction>;
  config: ValidateFunction;
  lookup: SchemaLookup;
}

const REGISTRY_SCHEMAS: Record<RegistryName, string> = {
  organisations: "registry-organisations.schema.json",
  roles: "registry-roles.schema.json",
  people: "registry-people.schema.json",
  groups: "registry-groups.schema.json",
  documents: "registry-documents.schema.json",
};

/** For callers that need no document type (the config). */
export const NO_TYPES: readonly TypedSchema[] = [];

const compiled = new WeakMap<readonly TypedSchema[], Schemas>();

function readJson(file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
}

/** Compile the shared schemas and those of `types` (cached for the same list). */
export function loadSchemas(types: readonly TypedSchema[]): Schemas {
  const hit = compiled.get(types);
  if (hit) return hit;
  const ajv = createAjv();
  const added = new Set<string>();
  const add = (schema: Record<string, unknown>) => {
    const id = String(schema.$id ?? "");
    if (added.has(id)) return;
    added.add(id);
    ajv.addSchema(schema);
  };
  for (const name of readdirSync(SCHEMA_DIR).filter((f) => f.endsWith(".schema.json")).sort()) add(readJson(join(SCHEMA_DIR, name)));
  const documents = new Map<string, ValidateFunction>();
  for (const t of types) {
    const schema = readJson(fileURLToPath(t.schema));
    add(schema);
    documents.set(t.type, get(ajv, String(schema.$id)));
  }
  const registry = Object.fromEntries(
    Object.entries(REGISTRY_SCHEMAS).map(([name, file]) => [name, get(ajv, SCHEMA_BASE + file)]),
  ) as Record<RegistryName, ValidateFunction>;
  const schemas: Schemas = {
    documents,
    registry,
    config: get(ajv, SCHEMA_BASE + "config.schema.json"),
    lookup: (uri) => ajv.getSchema(uri)?.schema as Record<string, unknown> | undefined,
  };
  compiled.set(types, schemas);
  return schemas;
}

function get(ajv: ReturnType<typeof createAjv>, id: string): ValidateFunction {
  const fn = ajv.getSchema(id);
  if (!fn) throw new Error(`Schema \`${id}\` is missing`);
  return fn;
}
