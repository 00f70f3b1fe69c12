import { parse as parseYaml } from "yaml";
import { readReferenceJson, readReferenceText } from "../emulator-kit/reference-data";
import { normaliseDocument } from "./normalise";

/**
 * The official specifications, loaded once from REFERENCE_SPECS_DIR and normalised. WB publishes
 * one document per API group; its paths are merged into one table because the emulator (and the
 * clients in sandbox mode) serve every WB host from one base URL.
 */
export type Marketplace = "ozon" | "wb";
type Json = Record<string, unknown>;

export const SPEC_FILES: Record<Marketplace, string[]> = {
  ozon: ["ozon-seller-swagger.2025-08-15.json"],
  wb: ["wb-01-general.2026-08-18.yaml", "wb-02-items.2026-08-18.yaml"],
};

export interface SpecDocument {
  id: string;
  doc: Json;
}

export interface Operation {
  docId: string;
  template: string;
  method: string;
  regex: RegExp;
  operation: Json;
}

export interface LoadedSpecs {
  documents: SpecDocument[];
  operations: Operation[];
}

const HTTP_METHODS = new Set(["get", "post", "put", "patch", "delete"]);
const cache = new Map<Marketplace, LoadedSpecs>();

function templateRegex(template: string): RegExp {
  const escaped = template
    .split("/")
    .map((part) => (/^\{[^}]+\}$/.test(part) ? "[^/]+" : part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")))
    .join("/");
  return new RegExp(`^${escaped}$`);
}

function loadDocument(file: string): Json {
  return (file.endsWith(".json") ? readReferenceJson("specs", file) : parseYaml(readReferenceText("specs", file))) as Json;
}

export function loadSpecs(marketplace: Marketplace): LoadedSpecs {
  const cached = cache.get(marketplace);
  if (cached) return cached;
  const documents: SpecDocument[] = [];
  const operations: Operation[] = [];
  for (const file of SPEC_FILES[marketplace]) {
    const id = `${marketplace}-${file.replace(/\W+/g, "-")}`;
    const doc = normaliseDocument(loadDocument(file), id, marketplace);
    documents.push({ id, doc });
    for (const [template, item] of Object.entries((doc.paths ?? {}) as Record<string, Json>)) {
      for (const [method, operation] of Object.entries(item)) {
        if (!HTTP_METHODS.has(method)) continue;
        operations.push({ docId: id, template, method: method.toUpperCase(), regex: templateRegex(template), operation: operation as Json });
      }
    }
  }
  // Exact templates before `{param}` ones, so /api/v3/warehouses wins over /api/v3/warehouses/{id}.
  operations.sort((a, b) => Number(a.template.includes("{")) - Number(b.template.includes("{")));
  const loaded = { documents, operations };
  cache.set(marketplace, loaded);
  return loaded;
}

export function findOperation(marketplace: Marketplace, method: string, path: string): Operation | undefined {
  const bare = path.split("?")[0] ?? path;
  return loadSpecs(marketplace).operations.find((op) => op.method === method.toUpperCase() && op.regex.test(bare));
}

/** Follows a (possibly absolute, after normalisation) `$ref` to a component that is not a schema. */
export function resolveComponent(marketplace: Marketplace, node: Json, docId: string): Json {
  let current = node;
  for (let depth = 0; typeof current.$ref === "string" && depth < 10; depth++) {
    const ref = current.$ref;
    const hash = ref.indexOf("#");
    const targetDoc = hash > 0 ? ref.slice(0, hash) : docId;
    const doc = loadSpecs(marketplace).documents.find((d) => d.id === targetDoc)?.doc;
    let target: unknown = doc;
    for (const part of ref.slice(hash + 2).split("/")) {
      target = (target as Json | undefined)?.[part.replace(/~1/g, "/").replace(/~0/g, "~")];
    }
    if (!target) throw new Error(`unresolvable $ref ${ref}`);
    current = target as Json;
  }
  return current;
}

/** The JSON pointer of an operation, for `$ref`s into the added document. */
export function operationPointer(op: Operation): string {
  const escape = (segment: string) => encodeURIComponent(segment.replace(/~/g, "~0").replace(/\//g, "~1"));
  return `${op.docId}#/paths/${escape(op.template)}/${op.method.toLowerCase()}`;
}
