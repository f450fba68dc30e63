/**
 * The JSON Schemas of mandat (schemas/) and of every document type, on one ajv instance for the
 * process. Schemas are added up front but compiled on first use, so a command compiles only what
 * it validates (the config alone for a broken config, never the document schemas for `--help`).
 */
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
  /** The validator of each document type, by its `type` value (compiled when first asked for). */
  documents: { get(type: string): ValidateFunction | undefined; keys(): IterableIterator<string> };
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

let shared: ReturnType<typeof createAjv> | undefined;
/** The text of each schema added, by $id: a schema file that changed while mandat runs replaces its old self. */
const added = new Map<string, string>();

function ajv(): ReturnType<typeof createAjv> {
  if (shared) return shared;
  shared = createAjv();
  for (const name of readdirSync(SCHEMA_DIR).filter((f) => f.endsWith(".schema.json")).sort()) add(readJson(join(SCHEMA_DIR, name)));
  return shared;
}

function add(schema: Record<string, unknown>): string {
  const id = String(schema.$id ?? "");
  const text = JSON.stringify(schema);
  if (added.get(id) === text) return id;
  if (added.has(id)) shared!.removeSchema(id);
  added.set(id, text);
  shared!.addSchema(schema);
  return id;
}

function readJson(file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
}

function get(id: string): ValidateFunction {
  const fn = ajv().getSchema(id);
  if (!fn) throw new Error(`Schema \`${id}\` is missing`);
  return fn;
}

/** A lazily compiled validator that behaves like ajv's (errors, schema). */
function lazy(id: string): ValidateFunction {
  let fn: ValidateFunction | undefined;
  const compiled = () => (fn ??= get(id));
  const proxy = function (this: unknown, data: unknown) {
    const validate = compiled();
    const valid = validate.call(this, data);
    proxy.errors = validate.errors;
    return valid;
  } as ValidateFunction;
  Object.defineProperty(proxy, "schema", { get: () => compiled().schema });
  return proxy;
}

const cache = new Map<string, Schemas>();

/** The validators for the shared schemas and those of `types` (the same object while their schema files stay the same). */
export function loadSchemas(types: readonly TypedSchema[]): Schemas {
  const texts = types.map((t) => readFileSync(fileURLToPath(t.schema), "utf8"));
  const key = JSON.stringify(types.map((t, i) => [t.type, texts[i]]));
  const hit = cache.get(key);
  if (hit) return hit;
  ajv();
  const documents = new Map<string, ValidateFunction>();
  types.forEach((t, i) => documents.set(t.type, lazy(add(JSON.parse(texts[i]!) as Record<string, unknown>))));
  const schemas: Schemas = {
    documents,
    registry: Object.fromEntries(Object.entries(REGISTRY_SCHEMAS).map(([name, file]) => [name, lazy(SCHEMA_BASE + file)])) as Record<RegistryName, ValidateFunction>,
    config: lazy(SCHEMA_BASE + "config.schema.json"),
    lookup: (uri) => ajv().getSchema(uri)?.schema as Record<string, unknown> | undefined,
  };
  cache.set(key, schemas);
  return schemas;
}
