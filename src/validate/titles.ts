/** The title and description the schema gives a node, following one $ref if needed. */

type SchemaNode = Record<string, unknown> | undefined;

/** Finds a schema (or a part of one) by absolute URI, e.g. `…/common.schema.json#/$defs/id`. */
export type SchemaLookup = (uri: string) => SchemaNode;

const COMMON = "common.schema.json";

function resolveRef(ref: string, lookup: SchemaLookup, base: string): SchemaNode {
  const uri = ref.startsWith("#") ? new URL(COMMON + ref, base).href : new URL(ref, base).href;
  return lookup(uri);
}

export function describe(node: SchemaNode, lookup: SchemaLookup, base = SCHEMA_BASE): { title: string; description: string } {
  let title = typeof node?.title === "string" ? node.title : "";
  let description = typeof node?.description === "string" ? node.description : "";
  if ((!title || !description) && typeof node?.$ref === "string") {
    const target = resolveRef(node.$ref, lookup, base);
    title ||= typeof target?.title === "string" ? target.title : "";
    description ||= typeof target?.description === "string" ? target.description : "";
  }
  return { title: title || "Värdet", description };
}

/** Where the schemas of mandat live by their `$id`. */
export const SCHEMA_BASE = "https://mandat.example/schemas/";

/**
 * The schema node that describes the value at `path`, walking properties and items from the root and
 * following $refs. Errors inside a shared definition (an id, a date) then carry the field's own title
 * ("Organisation") instead of the definition's ("Id").
 */
export function schemaAt(root: SchemaNode, path: (string | number)[], lookup: SchemaLookup, base = SCHEMA_BASE): SchemaNode {
  let node = root;
  for (const segment of path) {
    let target = node;
    for (let hops = 0; target && !target.properties && !target.items && typeof target.$ref === "string" && hops < 5; hops++) {
      target = resolveRef(target.$ref as string, lookup, base);
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
