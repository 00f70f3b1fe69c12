/**
 * Small, documented normalisation of the official specifications before they are used as JSON
 * Schema (see specs/README.md, "Known inconsistencies"):
 *  1. `$ref: "#/..."` is made absolute (`<docId>#/...`) so one Ajv instance can hold several documents.
 *  2. OpenAPI 3.0 `nullable: true` becomes a `null` alternative (JSON Schema has no `nullable`).
 *  3. Non-JSON-Schema type names such as "array of strings" become `array` (of strings).
 *  4. Ozon int64/double values typed `string` appear as JSON numbers in the examples and the live
 *     API: strings with a numeric format, and `sku`/`id`/`product_id`/`total` strings, accept numbers.
 *  5. Ozon `/v3/product/list` `items[].quants` is typed object but is an array: both pass.
 *  6. Ozon `/v4/product/info/attributes` `images[]` is typed object but holds URL strings: both pass.
 *  7. Ozon `/v5/product/info/prices` `marketing_actions.actions[].value` and `price_indexes.*.min_price`
 *     are typed string but are numbers in the examples: both pass.
 *  8. Property-level `required: true` (OpenAPI misuse) is dropped; JSON Schema wants an array.
 */
type Json = Record<string, unknown>;

const NUMERIC_STRING_FORMATS = new Set(["int32", "int64", "uint32", "uint64", "uint", "int", "double", "float"]);
const OZON_NUMERIC_STRING_NAMES = new Set(["sku", "id", "product_id", "total"]);
const SKIPPED_KEYS = new Set(["example", "examples", "description", "x-codeSamples"]);

const isObject = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value);

interface Context {
  docId: string;
  ozon: boolean;
  /** Keys leading to the node (component and property names, `items`, …; not `properties`), innermost last. */
  names: string[];
}

function withNullable(node: Json): Json {
  if (node.nullable !== true) return node;
  const { nullable: _nullable, ...rest } = node;
  if (typeof rest.$ref === "string") return { anyOf: [rest, { type: "null" }] };
  if (Array.isArray(rest.enum)) rest.enum = [...(rest.enum as unknown[]), null];
  if (typeof rest.type === "string") rest.type = [rest.type, "null"];
  else if (Array.isArray(rest.type)) rest.type = [...(rest.type as unknown[]), "null"];
  return rest;
}

function loosenOzonStrings(node: Json, ctx: Context): Json {
  if (node.type !== "string" || node.enum) return node;
  const name = ctx.names.at(-1) ?? "";
  const parent = ctx.names.at(-2) ?? "";
  const numeric =
    NUMERIC_STRING_FORMATS.has(String(node.format)) ||
    (ctx.ozon && OZON_NUMERIC_STRING_NAMES.has(name)) ||
    (ctx.ozon && name === "value" && (parent === "actions" || ctx.names.some((n) => /^MarketingAction$|^actions$/.test(n)))) ||
    (ctx.ozon && name === "min_price" && ctx.names.some((n) => /price_?indexes/i.test(n)));
  if (!numeric) return node;
  const { format: _format, ...rest } = node;
  return { ...rest, type: ["string", "number"] };
}

function normaliseSchema(node: Json, ctx: Context): Json {
  let out: Json = { ...node };
  if (typeof out.$ref === "string" && out.$ref.startsWith("#")) out.$ref = `${ctx.docId}${out.$ref}`;
  if (typeof out.type === "string" && out.type !== "array" && out.type.startsWith("array")) {
    out.type = "array";
    out.items ??= { type: "string" };
  }
  if (out.required !== undefined && !Array.isArray(out.required)) delete out.required;
  if (!ctx.ozon && out.type === "string" && NUMERIC_STRING_FORMATS.has(String(out.format))) delete out.format;
  out = loosenOzonStrings(out, ctx);
  out = withNullable(out);
  const name = ctx.names.at(-1);
  const objectLike = (schema: unknown) => isObject(schema) && (schema.type === "object" || typeof schema.$ref === "string");
  if (ctx.ozon && name === "quants" && objectLike(out)) return { anyOf: [out, { type: "array", items: out }] };
  if (ctx.ozon && name === "images" && objectLike(out.items)) {
    out.items = { anyOf: [out.items, { type: "string" }] };
  }
  return out;
}

/** Returns a normalised deep copy of a whole OpenAPI document. */
export function normaliseDocument(doc: Json, docId: string, marketplace: "ozon" | "wb"): Json {
  const walk = (value: unknown, names: string[]): unknown => {
    if (Array.isArray(value)) return value.map((item) => walk(item, names));
    if (!isObject(value)) return value;
    const copy: Json = {};
    for (const [key, child] of Object.entries(value)) {
      if (SKIPPED_KEYS.has(key)) continue;
      if (key === "properties" && isObject(child)) {
        copy[key] = Object.fromEntries(Object.entries(child).map(([prop, schema]) => [prop, walk(schema, [...names, prop])]));
      } else {
        copy[key] = walk(child, [...names, key]);
      }
    }
    const looksLikeSchema = "type" in copy || "$ref" in copy || "properties" in copy || "nullable" in copy;
    return looksLikeSchema ? normaliseSchema(copy, { docId, ozon: marketplace === "ozon", names }) : copy;
  };
  return walk(doc, []) as Json;
}
