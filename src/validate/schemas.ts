/** The JSON Schemas shipped with mandat, compiled once. */
import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import type { ValidateFunction } from "ajv";
import type { Ajv2020 } from "ajv/dist/2020.js";
import { createAjv } from "./ajv.js";
import type { RegistryName } from "../load/source.js";

// Schemas are part of the program, not of the input, so they are read from the package itself.
export const SCHEMA_DIR = fileURLToPath(new URL("../../schemas/", import.meta.url));
export const SCHEMA_BASE = "https://mandat.example/schemas/";

export interface Schemas {
  ajv: Ajv2020;
  mandate: ValidateFunction;
  meetingNotes: ValidateFunction;
  registry: Record<RegistryName, ValidateFunction>;
}

let cached: Schemas | undefined;

export function loadSchemas(): Schemas {
  if (cached) return cached;
  const ajv = createAjv();
  for (const name of readdirSync(SCHEMA_DIR).filter((f) => f.endsWith(".schema.json")).sort()) {
    ajv.addSchema(JSON.parse(readFileSync(join(SCHEMA_DIR, name), "utf8")) as object);
  }
  const get = (name: string): ValidateFunction => {
    const fn = ajv.getSchema(SCHEMA_BASE + name);
    if (!fn) throw new Error(`Schema \`${name}\` is missing from \`schemas/\``);
    return fn;
  };
  cached = {
    ajv,
    mandate: get("mandate.schema.json"),
    meetingNotes: get("meeting-notes.schema.json"),
    registry: {
      organisations: get("registry-organisations.schema.json"),
      roles: get("registry-roles.schema.json"),
      people: get("registry-people.schema.json"),
      groups: get("registry-groups.schema.json"),
      documents: get("registry-documents.schema.json"),
    },
  };
  return cached;
}
