import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import addFormatsModule from "ajv-formats";
import { findOperation, loadSpecs, operationPointer, resolveComponent, type Marketplace, type Operation } from "./specs";

/**
 * Validates requests and responses against the official specifications (after the normalisation
 * in normalise.ts). Used by the emulators to reject bad requests, by the contract tests to check
 * every emulator answer, and by the clients' tests to check what the clients send.
 */
export interface ValidationResult {
  valid: boolean;
  errors: string[];
}

type Json = Record<string, unknown>;

// ajv-formats is CommonJS; depending on the loader its function is the module or its default.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule);
// Formats the specs use that are annotations rather than checks.
const ANNOTATION_FORMATS = ["int32", "int64", "uint32", "uint64", "uint", "int", "double", "float", "byte", "binary", "UUID", "password", "url"];

const ajvs = new Map<Marketplace, Ajv>();
const compiled = new Map<string, ValidateFunction>();

function ajvFor(marketplace: Marketplace): Ajv {
  let ajv = ajvs.get(marketplace);
  if (!ajv) {
    ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false, logger: false });
    addFormats(ajv);
    for (const format of ANNOTATION_FORMATS) ajv.addFormat(format, true);
    for (const { id, doc } of loadSpecs(marketplace).documents) ajv.addSchema(doc, id);
    ajvs.set(marketplace, ajv);
  }
  return ajv;
}

function validatorAt(marketplace: Marketplace, pointer: string): ValidateFunction {
  const key = `${marketplace} ${pointer}`;
  let validate = compiled.get(key);
  if (!validate) {
    validate = ajvFor(marketplace).compile({ $ref: pointer });
    compiled.set(key, validate);
  }
  return validate;
}

const escapeSegment = (segment: string) => encodeURIComponent(segment.replace(/~/g, "~0").replace(/\//g, "~1"));
const describe = (errors: ErrorObject[] | null | undefined) =>
  (errors ?? []).map((e) => `${e.instancePath || "(root)"} ${e.message ?? e.keyword}${e.params ? ` ${JSON.stringify(e.params)}` : ""}`);

function run(marketplace: Marketplace, pointer: string, value: unknown, label: string): string[] {
  const validate = validatorAt(marketplace, pointer);
  return validate(value) ? [] : describe(validate.errors).map((message) => `${label}: ${message}`);
}

/** `{ref or inline node, pointer}` of a possibly $ref'd component (responses, request bodies, parameters). */
function located(marketplace: Marketplace, op: Operation, node: Json, inlinePointer: string): { node: Json; pointer: string } {
  if (typeof node.$ref === "string") return { node: resolveComponent(marketplace, node, op.docId), pointer: node.$ref };
  return { node, pointer: inlinePointer };
}

function coerce(raw: string, schema: Json | undefined): unknown {
  const type = schema?.type;
  const types = Array.isArray(type) ? type : [type];
  if ((types.includes("integer") || types.includes("number")) && raw.trim() !== "" && !Number.isNaN(Number(raw))) return Number(raw);
  if (types.includes("boolean") && (raw === "true" || raw === "false")) return raw === "true";
  return raw;
}

function validateParameters(marketplace: Marketplace, op: Operation, path: string): string[] {
  const [bare = path, queryString = ""] = path.split("?");
  const query = new URLSearchParams(queryString);
  const pathValues = new Map<string, string>();
  const names = [...op.template.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] as string);
  const captured = new RegExp(op.regex.source.replace(/\[\^\/\]\+/g, "([^/]+)")).exec(bare);
  names.forEach((name, i) => pathValues.set(name, decodeURIComponent(captured?.[i + 1] ?? "")));
  const errors: string[] = [];
  const params = (op.operation.parameters ?? []) as Json[];
  params.forEach((param, index) => {
    const { node, pointer } = located(marketplace, op, param, `${operationPointer(op)}/parameters/${index}`);
    if (node.in !== "query" && node.in !== "path") return;
    const name = String(node.name);
    const raw = node.in === "query" ? query.get(name) : pathValues.get(name);
    if (raw === null || raw === undefined) {
      if (node.required) errors.push(`${node.in} parameter ${name} is required`);
      return;
    }
    if (node.schema) errors.push(...run(marketplace, `${pointer}/schema`, coerce(raw, node.schema as Json), `${node.in} parameter ${name}`));
  });
  return errors;
}

export function validateRequest(marketplace: Marketplace, method: string, path: string, body: unknown): ValidationResult {
  const op = findOperation(marketplace, method, path);
  if (!op) return { valid: false, errors: [`${method} ${path} is not in the ${marketplace} specification`] };
  const errors = validateParameters(marketplace, op, path);
  const requestBody = op.operation.requestBody as Json | undefined;
  if (requestBody) {
    const { node, pointer } = located(marketplace, op, requestBody, `${operationPointer(op)}/requestBody`);
    const content = (node.content ?? {}) as Record<string, Json>;
    if (body === undefined) {
      if (node.required) errors.push("request body is required");
    } else if (content["application/json"]?.schema) {
      errors.push(...run(marketplace, `${pointer}/content/${escapeSegment("application/json")}/schema`, body, "body"));
    }
  }
  return { valid: errors.length === 0, errors };
}

function pickMediaType(content: Record<string, Json>, contentType?: string): string | undefined {
  const wanted = contentType?.split(";")[0]?.trim();
  if (wanted && content[wanted]) return wanted;
  return ["application/json", "application/problem+json"].find((t) => content[t]) ?? Object.keys(content).find((t) => t.includes("json"));
}

export function validateResponse(
  marketplace: Marketplace,
  method: string,
  path: string,
  status: number,
  body: unknown,
  contentType?: string,
): ValidationResult {
  const op = findOperation(marketplace, method, path);
  if (!op) return { valid: false, errors: [`${method} ${path} is not in the ${marketplace} specification`] };
  const responses = (op.operation.responses ?? {}) as Record<string, Json>;
  const key = responses[String(status)] ? String(status) : responses.default ? "default" : undefined;
  if (!key) return { valid: false, errors: [`status ${status} is not documented for ${method} ${op.template}`] };
  const { node, pointer } = located(marketplace, op, responses[key] as Json, `${operationPointer(op)}/responses/${key}`);
  const content = node.content as Record<string, Json> | undefined;
  if (!content || Object.keys(content).length === 0) {
    const empty = body === undefined || body === "" || body === null;
    return { valid: empty, errors: empty ? [] : [`status ${status} of ${op.template} has no body, got one`] };
  }
  const mediaType = pickMediaType(content, contentType);
  if (!mediaType || !content[mediaType]?.schema) return { valid: true, errors: [] };
  const errors = run(marketplace, `${pointer}/content/${escapeSegment(mediaType)}/schema`, body, `${status} body`);
  return { valid: errors.length === 0, errors };
}
