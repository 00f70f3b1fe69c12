import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { getEnv } from "@/lib/env";
import { fileURLToPath } from "node:url";

/**
 * Finds the third-party reference files (real WB subjects, real Ozon tree, official specs) that
 * live beside the repository, not in it: <repo>/../shared/{data,specs}, or the directories named
 * by REFERENCE_DATA_DIR / REFERENCE_SPECS_DIR. Files are read lazily and cached, because the
 * Ozon tree alone is 3 MB.
 */
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

export class ReferenceDataError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ReferenceDataError";
  }
}

function resolveDir(envName: "REFERENCE_DATA_DIR" | "REFERENCE_SPECS_DIR", fallback: string): string {
  const fromEnv = getEnv()[envName];
  const dir = fromEnv ? path.resolve(fromEnv) : path.resolve(repoRoot, "..", "shared", fallback);
  if (!existsSync(dir)) {
    throw new ReferenceDataError(
      `Reference directory not found: ${dir} (set ${envName} to the directory that holds the marketplace ${fallback})`,
    );
  }
  return dir;
}

export const referenceDataDir = () => resolveDir("REFERENCE_DATA_DIR", "data");
export const referenceSpecsDir = () => resolveDir("REFERENCE_SPECS_DIR", "specs");

const textCache = new Map<string, string>();
const jsonCache = new Map<string, unknown>();

export function readReferenceText(kind: "data" | "specs", fileName: string): string {
  const dir = kind === "data" ? referenceDataDir() : referenceSpecsDir();
  const file = path.join(dir, fileName);
  const cached = textCache.get(file);
  if (cached !== undefined) return cached;
  if (!existsSync(file)) throw new ReferenceDataError(`Reference file not found: ${file}`);
  const text = readFileSync(file, "utf8");
  textCache.set(file, text);
  return text;
}

/** Parsed JSON of a reference file; the caller validates the shape it needs (zod). */
export function readReferenceJson(kind: "data" | "specs", fileName: string): unknown {
  const key = `${kind}/${fileName}`;
  if (!jsonCache.has(key)) {
    const text = readReferenceText(kind, fileName);
    try {
      jsonCache.set(key, JSON.parse(text));
    } catch (error) {
      throw new ReferenceDataError(`Reference file is not valid JSON: ${fileName}: ${(error as Error).message}`);
    }
  }
  return jsonCache.get(key);
}
