import { and, asc, eq, inArray, isNull, lt, lte, min, or } from "drizzle-orm";
import type { Database } from "@/db/client";
import { jobRuns, type JobRun } from "@/db/schema/jobs";
import { hasFreeSlot } from "./flow-control/concurrency";
import type { FunctionConfig } from "./protocol";
import { loadFunction } from "./store";

/** Rows looked at per claim: more than the free workers so runs blocked by concurrency do not starve others. */
const candidateWindow = 100;

export type ClaimOptions = { appId: string; owner: string; now: number; leaseMs: number; limit: number };

/**
 * Leases up to `limit` due runs of the app: queued, sleeping ones whose time came, and running ones
 * whose worker stopped renewing its lease (crashed). Rows are taken with FOR UPDATE SKIP LOCKED so
 * several runner processes share the queue; concurrency limits are checked in the same transaction.
 */
export async function claimRuns(db: Database, options: ClaimOptions): Promise<JobRun[]> {
  const now = new Date(options.now);
  return db.transaction(async (tx) => {
    const candidates = await tx
      .select()
      .from(jobRuns)
      .where(
        and(
          eq(jobRuns.appId, options.appId),
          inArray(jobRuns.status, ["queued", "sleeping", "running"]),
          lte(jobRuns.scheduledAt, now),
          or(isNull(jobRuns.leaseExpiresAt), lt(jobRuns.leaseExpiresAt, now)),
        ),
      )
      .orderBy(asc(jobRuns.scheduledAt), asc(jobRuns.seq))
      .limit(candidateWindow)
      .for("update", { skipLocked: true });
    const configs = new Map<string, FunctionConfig | null>();
    const claimed: JobRun[] = [];
    for (const run of candidates) {
      if (claimed.length >= options.limit) break;
      if (!configs.has(run.functionId)) configs.set(run.functionId, await loadFunction(tx, run.functionId));
      const config = configs.get(run.functionId);
      if (config && !(await hasFreeSlot(tx, config, run.concurrencyKey, options.now))) continue;
      const [row] = await tx
        .update(jobRuns)
        .set({
          status: "running",
          leaseOwner: options.owner,
          leaseExpiresAt: new Date(options.now + options.leaseMs),
          startedAt: run.startedAt ?? now,
        })
        .where(eq(jobRuns.id, run.id))
        .returning();
      if (row) claimed.push(row);
    }
    return claimed;
  });
}

/** When the next queued or sleeping run of the app becomes due (null when none waits). */
export async function nextDueAt(db: Database, appId: string): Promise<number | null> {
  const [row] = await db
    .select({ at: min(jobRuns.scheduledAt) })
    .from(jobRuns)
    .where(and(eq(jobRuns.appId, appId), inArray(jobRuns.status, ["queued", "sleeping"])));
  return row?.at ? new Date(row.at).getTime() : null;
}
