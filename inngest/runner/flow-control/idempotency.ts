import { lt } from "drizzle-orm";
import type { Database } from "@/db/client";
import { jobIdempotencyKeys } from "@/db/schema/jobs";

export const idempotencyTtlMs = 24 * 60 * 60 * 1000;

/**
 * Claims the idempotency key for a new run; false when a run already holds it (within 24 h).
 * An expired key is taken over.
 */
export async function claimIdempotencyKey(tx: Database, key: string, runId: string, now: number): Promise<boolean> {
  const claimed = await tx
    .insert(jobIdempotencyKeys)
    .values({ key, runId, expiresAt: new Date(now + idempotencyTtlMs) })
    .onConflictDoUpdate({
      target: jobIdempotencyKeys.key,
      set: { runId, expiresAt: new Date(now + idempotencyTtlMs) },
      setWhere: lt(jobIdempotencyKeys.expiresAt, new Date(now)),
    })
    .returning({ runId: jobIdempotencyKeys.runId });
  return claimed.some((row) => row.runId === runId);
}

export async function deleteExpiredIdempotencyKeys(db: Database, now: number): Promise<void> {
  await db.delete(jobIdempotencyKeys).where(lt(jobIdempotencyKeys.expiresAt, new Date(now)));
}
