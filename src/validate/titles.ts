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

/**
 * The schema node that describes the value at `path`, walking properties and items from the root and
 * following $refs. Errors inside a shared definition (an id, a date) then carry the field's own title
 * ("Organisation") instead of the definition's ("Id").
 */
export function schemaAt(root: SchemaNode, path: (string | number)[]): SchemaNode {
  let node = root;
  for (const segment of path) {
    let target = node;
    for (let hops = 0; target && !target.properties && !target.items && typeof target.$ref === "string" && hops < 5; hops++) {
      target = resolve(target.$ref as string);
    }
    if (!target) return undefined;
    node =
      typeof segment === "number"
        ? (target.items as SchemaNode)
        : ((target.properties as Record<string, SchemaNode> | undefined)?.[segment]);
    if (!node) return undefined;
  }
  return node;
}
