/** ajv ErrorObject → a rule report in plain Swedish (or English), with the schema's own titles. */
import type { ErrorObject } from "ajv";
import { common, fill, type Localised } from "../diagnostics/messages.js";
import type { RawReport } from "../diagnostics/reporter.js";
import type { DataPath, Doc } from "../parse/doc.js";
import { placeOfPath } from "../parse/place.js";
import { closest } from "../util/closest.js";
import { pointerToPath } from "./locate.js";
import { describe, schemaAt, type SchemaLookup } from "./titles.js";

const TYPE_NAMES: Record<string, Localised> = {
  string: { sv: "en text", en: "a text" },
  integer: { sv: "ett heltal", en: "an integer" },
  number: { sv: "ett tal", en: "a number" },
  boolean: { sv: "true eller false", en: "true or false" },
  array: { sv: "en lista", en: "a list" },
  object: { sv: "en samling fält (nyckel: värde)", en: "a mapping (key: value)" },
  null: { sv: "tomt", en: "empty" },
};

const FORMAT_NAMES: Record<string, Localised> = {
  date: { sv: "ett giltigt datum (ÅÅÅÅ-MM-DD)", en: "a valid date (YYYY-MM-DD)" },
  email: { sv: "en giltig e-postadress", en: "a valid e-mail address" },
};

function typeName(value: unknown): Localised {
  const t = value === null ? "null" : Array.isArray(value) ? "array" : Number.isInteger(value) ? "integer" : typeof value;
  return TYPE_NAMES[t] ?? { sv: t, en: t };
}

function show(value: unknown): string {
  if (typeof value === "string") return `"${value}"`;
  const json = JSON.stringify(value);
  return json.length > 60 ? json.slice(0, 57) + "…" : json;
}

function fieldName(path: DataPath): string {
  return path.map((p) => (typeof p === "number" ? `[${p}]` : p)).join(".").replace(/\.\[/g, "[");
}

/** Drop errors that only restate another one (ajv reports a failed $ref'd subschema twice in places). */
export function dedupe(errors: ErrorObject[]): ErrorObject[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const key = `${e.instancePath}|${e.keyword}|${JSON.stringify(e.params)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function humanize(error: ErrorObject, parsed: Doc, schemas: SchemaLookup, root?: Record<string, unknown>): RawReport {
  const path = pointerToPath(error.instancePath);
  const parent = error.parentSchema as Record<string, unknown> | undefined;
  const own = describe(parent, schemas);
  const field = root && path.length ? describe(schemaAt(root, path, schemas), schemas) : undefined;
  // Prefer the field's title; keep the definition's description when the field has none.
  const here = field && field.title !== "Värdet" ? { title: field.title, description: field.description || own.description } : own;
  const base = { file: parsed.path, path };
  const where = path.length ? fill(common.inField, { field: fieldName(path) }) : "";
  const placeOf = (doc: Doc, at: DataPath, preferKey = false) => placeOfPath(doc, at, preferKey);
  const p = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "required": {
      const field = String(p.missingProperty);
      const props = (parent?.properties ?? {}) as Record<string, Record<string, unknown>>;
      const d = describe(props[field], schemas);
      return {
        ...base,
        path: [...path, field],
        place: placeOf(parsed, path, true),
        messageId: "required",
        data: { field, title: d.title || field, description: d.description, where },
      };
    }
    case "additionalProperties": {
      const field = String(p.additionalProperty);
      const allowed = Object.keys((parent?.properties ?? {}) as object).filter((k) => k !== "$schema");
      const near = closest(field, allowed, 1);
      return {
        ...base,
        path: [...path, field],
        place: placeOf(parsed, [...path, field], true),
        messageId: "additionalProperties",
        data: { field, where, allowed: allowed.join(", ") },
        actual: field,
        expected: near,
      };
    }
    case "enum": {
      const allowed = ((p.allowedValues as unknown[]) ?? []).map(String);
      const near = closest(String(error.data), allowed, 1);
      return { ...base, place: placeOf(parsed, path), messageId: "enum", data: { title: here.title, actual: show(error.data), allowed: allowed.join(", ") }, actual: String(error.data), expected: near };
    }
    case "type":
      return { ...base, place: placeOf(parsed, path), messageId: "type", data: { title: here.title, expected: TYPE_NAMES[String(p.type)] ?? String(p.type), actual: fill({ sv: "{{t}} ({{v}})", en: "{{t}} ({{v}})" }, { t: typeName(error.data), v: show(error.data) }) } };
    case "const":
      return { ...base, place: placeOf(parsed, path), messageId: "const", data: { title: here.title, expected: show(p.allowedValue), actual: show(error.data) } };
    case "pattern":
      return { ...base, place: placeOf(parsed, path), messageId: "pattern", data: { title: here.title, actual: show(error.data), description: here.description } };
    case "format":
      return { ...base, place: placeOf(parsed, path), messageId: "format", data: { title: here.title, actual: show(error.data), expected: FORMAT_NAMES[String(p.format)] ?? String(p.format), description: here.description } };
    case "minItems":
    case "minimum":
    case "maximum":
      return { ...base, place: placeOf(parsed, path), messageId: error.keyword, data: { title: here.title, limit: String(p.limit), actual: show(error.data) } };
    case "minLength":
    case "minProperties":
      return { ...base, place: placeOf(parsed, path), messageId: error.keyword, data: { title: here.title } };
    case "uniqueItems": {
      // ajv gives the indexes of the two equal items; point at the second one.
      const [first, second] = [Number(p.j), Number(p.i)];
      return { ...base, path: [...path, second], place: placeOf(parsed, [...path, second]), messageId: "uniqueItems", data: { title: here.title, first: String(first + 1), second: String(second + 1) } };
    }
    default:
      return { ...base, place: placeOf(parsed, path), messageId: "other", data: { title: here.title, detail: error.message ?? error.keyword } };
  }
}
