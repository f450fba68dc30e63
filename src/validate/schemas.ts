/**
 * The JSON Schemas of mandat (schemas/) and of every document type, as validators.
 *
 * Schemas are part of the program, so they are compiled at build time (scripts/precompile-schemas.mjs →
 * dist/schemas.precompiled.cjs): a check then neither loads ajv nor compiles a schema. Those validators
 * are used only while the fingerprint they were made with matches the schema texts on disk now; a
 * changed schema, a document type with a schema of its own, or a missing module gets the run-time path:
 * one ajv instance for the process, schemas added up front but compiled on first use, so a command
 * compiles only what it validates (the config alone for a broken config, never the document schemas
 * for `--help`).
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import type { ValidateFunction } from "ajv";
import type { RegistryName } from "../load/source.js";
import { createAjv } from "./ajv.js";
import { fingerprint, readSchemaTexts, validatorVersions } from "./fingerprint.js";
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
  /** Every validator came precompiled (dist/schemas.precompiled.cjs); false when ajv compiled any of them. */
  precompiled: boolean;
}

export interface SchemaOptions {
  /**
   * The module of precompiled validators to use when it matches the schemas: a path (for tests), or
   * false to compile every schema at run time. By default dist/schemas.precompiled.cjs.
   */
  precompiled?: string | false;
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
  for (const [, text] of readSchemaTexts(SCHEMA_DIR)) add(JSON.parse(text) as Record<string, unknown>);
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

function get(id: string): ValidateFunction {
  const fn = ajv().getSchema(id);
  if (!fn) throw new Error(`Schema \`${id}\` is missing`);
  return fn;
}

/** A validator that behaves like ajv's (errors, schema), made on first use. */
function lazy(make: () => ValidateFunction, schema: () => unknown): ValidateFunction {
  let fn: ValidateFunction | undefined;
  const proxy = function (this: unknown, data: unknown) {
    const validate = (fn ??= make());
    const valid = validate.call(this, data);
    proxy.errors = validate.errors;
    return valid;
  } as ValidateFunction;
  Object.defineProperty(proxy, "schema", { get: schema });
  return proxy;
}

/** A validator compiled by ajv at run time. */
function compiled(id: string): ValidateFunction {
  return lazy(
    () => get(id),
    () => get(id).schema,
  );
}

type PrecompiledModule = Record<string, unknown> & { fingerprint?: unknown };

/**
 * The precompiled validators by $id, when the module is there and was made from exactly the schema
 * texts (and ajv) installed now; otherwise undefined. `texts` are those of schemas/, by file name.
 */
function loadPrecompiled(from: string | undefined, texts: [string, string][]): Map<string, ValidateFunction> | undefined {
  let module: PrecompiledModule;
  try {
    const require = createRequire(import.meta.url);
    // This exact relative path: dist/validate/ and the bundle's folder are at the same depth under dist/.
    module = (from === undefined ? require("../schemas.precompiled.cjs") : require(from)) as PrecompiledModule;
    if (module.fingerprint !== fingerprint(validatorVersions(), texts)) return undefined;
  } catch {
    return undefined; // not built (running from src/, or removed), or ajv's run-time helpers missing
  }
  const validators = new Map<string, ValidateFunction>();
  for (const [id, fn] of Object.entries(module)) if (typeof fn === "function") validators.set(id, fn as ValidateFunction);
  return validators;
}

/** Parts of schemas by absolute URI (`…/common.schema.json#/$defs/id`), read from their JSON without ajv. */
function jsonLookup(texts: Iterable<string>): { lookup: SchemaLookup; root(id: string): Record<string, unknown> | undefined } {
  let byId: Map<string, Record<string, unknown>> | undefined;
  const root = (id: string) => {
    byId ??= new Map([...texts].map((text) => JSON.parse(text) as Record<string, unknown>).map((s) => [String(s.$id), s]));
    return byId.get(id);
  };
  const lookup: SchemaLookup = (uri) => {
    const hash = uri.indexOf("#");
    let node: unknown = root(hash < 0 ? uri : uri.slice(0, hash));
    const fragment = hash < 0 ? "" : decodeURIComponent(uri.slice(hash + 1));
    if (fragment && !fragment.startsWith("/")) return undefined; // an anchor: mandat's schemas use none
    for (const part of fragment.split("/").slice(1)) {
      if (typeof node !== "object" || node === null) return undefined;
      node = (node as Record<string, unknown>)[part.replace(/~1/g, "/").replace(/~0/g, "~")];
    }
    return typeof node === "object" && node !== null ? (node as Record<string, unknown>) : undefined;
  };
  return { lookup, root };
}

const cache = new Map<string, Schemas>();

/** The validators for the shared schemas and those of `types` (the same object while their schema files stay the same). */
export function loadSchemas(types: readonly TypedSchema[], options: SchemaOptions = {}): Schemas {
  const texts = types.map((t) => readFileSync(fileURLToPath(t.schema), "utf8"));
  const own = options.precompiled === false ? undefined : readSchemaTexts(SCHEMA_DIR);
  const key = JSON.stringify([types.map((t, i) => [t.type, texts[i]]), options.precompiled ?? null, own]);
  const hit = cache.get(key);
  if (hit) return hit;

  const precompiled = own && loadPrecompiled(options.precompiled === false ? undefined : options.precompiled, own);
  const ownTexts = new Set(own?.map(([, text]) => text));
  const json = jsonLookup([...ownTexts]);
  /** The precompiled validator of a schema text, when that text is exactly one of schemas/ (and so covered by the fingerprint). */
  const ready = (id: string, text: string | undefined) => {
    const fn = precompiled && (text === undefined || ownTexts.has(text)) ? precompiled.get(id) : undefined;
    return fn && lazy(() => fn, () => json.root(id));
  };
  let runtime = false;
  const validator = (id: string, text?: string) => {
    const fn = ready(id, text);
    if (fn) return fn;
    runtime = true;
    if (text !== undefined) {
      ajv();
      add(JSON.parse(text) as Record<string, unknown>);
    }
    return compiled(id);
  };

  const documents = new Map<string, ValidateFunction>();
  types.forEach((t, i) => documents.set(t.type, validator(String((JSON.parse(texts[i]!) as { $id?: unknown }).$id ?? ""), texts[i])));
  const registry = Object.fromEntries(Object.entries(REGISTRY_SCHEMAS).map(([name, file]) => [name, validator(SCHEMA_BASE + file)])) as Record<RegistryName, ValidateFunction>;
  const config = validator(SCHEMA_BASE + "config.schema.json");
  const schemas: Schemas = {
    documents,
    registry,
    config,
    // ajv's lookup where ajv is in use anyway (it knows a document type's own schema too).
    lookup: runtime ? (uri) => ajv().getSchema(uri)?.schema as Record<string, unknown> | undefined : json.lookup,
    precompiled: !runtime,
  };
  cache.set(key, schemas);
  return schemas;
}
