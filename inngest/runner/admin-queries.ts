import { and, desc, eq, isNotNull, lt, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "@/db/client";
import { jobRuns, jobSteps, type JobRun } from "@/db/schema/jobs";
import { cancelRuns } from "./cancel";
import { planSchema } from "./outcome";

/** Read and act on runs of the built-in runner for /admin/jobs. */

export const runStatuses = ["queued", "running", "sleeping", "completed", "failed", "cancelled"] as const;

export const listRunsInputSchema = z.object({
  status: z.enum(runStatuses).optional(),
  functionId: z.string().min(1).optional(),
  /** Keyset pagination: runs created before this run's sequence number. */
  beforeSeq: z.number().int().positive().optional(),
  limit: z.number().int().min(1).max(200).default(50),
});

export type RunSummary = Pick<JobRun, "id" | "seq" | "functionId" | "status" | "attempt" | "lastError" | "createdAt" | "startedAt" | "endedAt"> & {
  eventName: string;
};

export async function listRuns(db: Database, input: z.input<typeof listRunsInputSchema> = {}): Promise<RunSummary[]> {
  const { status, functionId, beforeSeq, limit } = listRunsInputSchema.parse(input);
  const filters: (SQL | undefined)[] = [
    status ? eq(jobRuns.status, status) : undefined,
    functionId ? eq(jobRuns.functionId, functionId) : undefined,
    beforeSeq ? lt(jobRuns.seq, beforeSeq) : undefined,
  ];
  const rows = await db.select().from(jobRuns).where(and(...filters)).orderBy(desc(jobRuns.seq)).limit(limit);
  return rows.map((row) => ({
    id: row.id,
    seq: row.seq,
    functionId: row.functionId,
    status: row.status,
    attempt: row.attempt,
    lastError: row.lastError,
    createdAt: row.createdAt,
    startedAt: row.startedAt,
    endedAt: row.endedAt,
    eventName: String(row.event.name ?? ""),
  }));
}

/** One run with its event, output, recorded steps and the work it is waiting for (retries, sleeps). */
export async function getRunDetail(db: Database, runId: string) {
  const [run] = await db.select().from(jobRuns).where(eq(jobRuns.id, runId));
  if (!run) return null;
  const steps = await db
    .select({ name: jobSteps.name, op: jobSteps.op, attempts: jobSteps.attempts, error: jobSteps.error, data: jobSteps.data, completedAt: jobSteps.completedAt })
    .from(jobSteps)
    .where(eq(jobSteps.runId, runId))
    .orderBy(jobSteps.seq);
  return { run, steps, pending: planSchema.parse(run.plan) };
}

/** Cancels a live run; false when it had already ended. */
export async function cancelRun(db: Database, runId: string, now = Date.now()): Promise<boolean> {
  return (await cancelRuns(db, [runId], now)).length > 0;
}

/**
 * Retries a failed run in place: the steps that failed for good are forgotten, successful ones stay
 * memoized, so the run continues from where it failed with fresh attempts. False unless it had failed.
 */
export async function retryRun(db: Database, runId: string, now = Date.now()): Promise<boolean> {
  return db.transaction(async (tx) => {
    const reset = await tx
      .update(jobRuns)
      .set({ status: "queued", attempt: 0, plan: [], scheduledAt: new Date(now), lastError: null, endedAt: null, output: null })
      .where(and(eq(jobRuns.id, runId), eq(jobRuns.status, "failed")))
      .returning({ id: jobRuns.id });
    if (reset.length === 0) return false;
    await tx.delete(jobSteps).where(and(eq(jobSteps.runId, runId), isNotNull(jobSteps.error)));
    return true;
  });
}
