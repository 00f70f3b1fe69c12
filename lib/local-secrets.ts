import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * Secrets for a local (embedded) install: generated once into .data/secrets.json so that a fresh
 * clone starts without configuration, and stable across restarts. Production sets them in the env
 * (lib/env.ts refuses to start without them when APP_ENV=production).
 */
const file = path.join(process.cwd(), ".data", "secrets.json");

export function localSecret(name: "BETTER_AUTH_SECRET" | "ENCRYPTION_KEY"): string {
  const stored: Record<string, string> = existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : {};
  const existing = stored[name];
  if (existing) return existing;
  const value = randomBytes(32).toString("hex");
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify({ ...stored, [name]: value }, null, 2), { mode: 0o600 });
  console.warn(`[cardport] Generated a development ${name} in ${file}. Set ${name} in the environment for production.`);
  return value;
}
