/** The Swedish title and description the schema gives a node, following one $ref if needed. */
import type { Lang } from "../rules/define.js";
import { loadSchemas, SCHEMA_BASE } from "./schemas.js";

type SchemaNode = Record<string, unknown> | undefined;

function resolve(ref: string): SchemaNode {
  const { ajv } = loadSchemas();
  const candidates = ref.startsWith("#") ? [SCHEMA_BASE + "common.schema.json" + ref] : [new URL(ref, SCHEMA_BASE).href];
  for (const uri of candidates) {
    const fn = ajv.getSchema(uri);
    if (fn) return fn.schema as SchemaNode;
  }
  return undefined;
}

export function describe(node: SchemaNode, _lang: Lang): { title: string; description: string } {
  let title = typeof node?.title === "string" ? node.title : "";
  let description = typeof node?.description === "string" ? node.description : "";
  if ((!title || !description) && typeof node?.$ref === "string") {
    const target = resolve(node.$ref);
    title ||= typeof target?.title === "string" ? target.title : "";
    description ||= typeof target?.description === "string" ? target.description : "";
  }
  return { title: title || "Värdet", description };
}
