/** Editors read the schemas: every schema and every property has a Swedish title and description. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createAjv } from "../src/validate/ajv.js";
import { REPO } from "./helpers/fixture.js";

type Node = Record<string, unknown>;
const files = readdirSync(join(REPO, "schemas")).filter((f) => f.endsWith(".schema.json"));

/** Every object schema under properties/$defs/items, with its JSON path for the failure message. */
function* walk(node: Node, path: string): Generator<[string, Node]> {
  yield [path, node];
  for (const key of ["properties", "$defs"] as const) {
    const children = node[key] as Record<string, Node> | undefined;
    for (const [name, child] of Object.entries(children ?? {})) yield* walk(child, `${path}/${key}/${name}`);
  }
  if (node.items && typeof node.items === "object") yield* walk(node.items as Node, `${path}/items`);
  for (const key of ["anyOf", "oneOf", "allOf"] as const) {
    const branches = (node[key] as Node[] | undefined) ?? [];
    for (const [i, child] of branches.entries()) if (child.properties) yield* walk(child, `${path}/${key}/${i}`);
  }
}

describe.each(files)("schemas/%s", (file) => {
  const schema = JSON.parse(readFileSync(join(REPO, "schemas", file), "utf8")) as Node;

  it("is a valid draft 2020-12 schema (mandat skips this check at run time)", () => {
    const ajv = createAjv({ validateSchema: true });
    expect(ajv.validateSchema(schema), JSON.stringify(ajv.errors)).toBe(true);
  });

  it("is draft 2020-12 with an $id", () => {
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.$id).toMatch(new RegExp(`/${file.replace(/\./g, "\\.")}$`));
  });

  it("gives every schema and property a Swedish title and description", () => {
    const missing: string[] = [];
    for (const [path, node] of walk(schema, "#")) {
      // A bare $ref takes title and description from the definition it points at (walked on its own).
      if (node.$ref && (typeof node.title !== "string") === (typeof node.description !== "string")) continue;
      if (typeof node.title !== "string" || typeof node.description !== "string") missing.push(path);
    }
    expect(missing).toEqual([]);
  });

  it("closes every object against typos with additionalProperties: false", () => {
    const open: string[] = [];
    for (const [path, node] of walk(schema, "#")) {
      if (node.properties && node.additionalProperties !== false) open.push(path);
    }
    expect(open).toEqual([]);
  });
});
