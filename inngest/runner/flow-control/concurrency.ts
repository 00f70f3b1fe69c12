import { sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { evaluateKey } from "../expression";
import type { FunctionConfig } from "../protocol";
import { countLeased } from "../store";

/**
 * The function's concurrency limit. Only the first constraint is enforced, always per function
 * (scopes "env"/"account" are treated as "fn": one app on one machine); 0 means unlimited.
 */
export function concurrencyLimit(config: FunctionConfig): { limit: number; key?: string } | null {
  const option = Array.isArray(config.concurrency) ? config.concurrency[0] : config.concurrency;
  if (option === undefined) return null;
  const normalised = typeof option === "number" ? { limit: option } : option;
  return normalised.limit > 0 ? normalised : null;
}

/** The key a run is counted under, fixed when the run is created. */
export function concurrencyKeyFor(config: FunctionConfig, event: Record<string, unknown>): string | null {
  const option = concurrencyLimit(config);
  return option?.key ? evaluateKey(option.key, { event }) : null;
}

/**
 * Whether one more call of this function/key may execute. Takes a transaction-scoped advisory lock
 * so two workers on PostgreSQL cannot both take the last slot; call inside the claim transaction.
 */
export async function hasFreeSlot(tx: Database, config: FunctionConfig, key: string | null, now: number): Promise<boolean> {
  const option = concurrencyLimit(config);
  if (!option) return true;
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`concurrency:${config.id}:${key ?? ""}`}))`);
  return (await countLeased(tx, config.id, key, now)) < option.limit;
}
