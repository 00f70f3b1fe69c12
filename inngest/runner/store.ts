import { and, asc, eq, gt, inArray, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { jobFunctions, jobRuns, jobSteps, type JobRun } from "@/db/schema/jobs";
import { planSchema, type Memo, type PlanEntry } from "./outcome";
import { functionConfigSchema, type FunctionConfig, type MemoizedStep, type SerializedError } from "./protocol";

/** Raised when the run was cancelled or its lease passed to another worker: stop touching it. */
export class LeaseLostError extends Error {
  constructor(runId: string) {
    super(`Lost the lease on run ${runId}`);
    this.name = "LeaseLostError";
  }
}

export type Lease = { runId: string; owner: string };

export type SyncedFunction = { appId: string; config: FunctionConfig };

export async function loadActiveFunctions(db: Database): Promise<SyncedFunction[]> {
  const rows = await db.select().from(jobFunctions).where(eq(jobFunctions.active, true));
  return rows.map((row) => ({ appId: row.appId, config: functionConfigSchema.parse(row.config) }));
}

export async function loadFunction(db: Database, id: string): Promise<FunctionConfig | null> {
  const [row] = await db
    .select({ config: jobFunctions.config })
    .from(jobFunctions)
    .where(and(eq(jobFunctions.id, id), eq(jobFunctions.active, true)));
  return row ? functionConfigSchema.parse(row.config) : null;
}

/** The memoized steps of a run, in completion order (the order the SDK calls the stack). */
export async function loadMemos(db: Database, runId: string): Promise<Map<string, MemoizedStep>> {
  const rows = await db.select().from(jobSteps).where(eq(jobSteps.runId, runId)).orderBy(asc(jobSteps.seq));
  return new Map(rows.map((row) => [row.stepId, row.error ? { error: row.error as SerializedError } : { data: row.data ?? null }]));
}

export function runPlan(run: JobRun): PlanEntry[] {
  return planSchema.parse(run.plan);
}

const owned = (lease: Lease) =>
  and(eq(jobRuns.id, lease.runId), eq(jobRuns.leaseOwner, lease.owner), eq(jobRuns.status, "running"));

type RunPatch = Partial<Pick<JobRun, "status" | "attempt" | "plan" | "disableImmediateExecution" | "scheduledAt" | "lastError" | "output" | "endedAt" | "leaseOwner" | "leaseExpiresAt">>;

/** Updates a run this worker leases; throws LeaseLostError when it no longer does. */
export async function updateOwnedRun(db: Database, lease: Lease, patch: RunPatch): Promise<void> {
  const updated = await db.update(jobRuns).set(patch).where(owned(lease)).returning({ id: jobRuns.id });
  if (updated.length === 0) throw new LeaseLostError(lease.runId);
}

/**
 * Records step results and the run's new plan in one transaction, so a crash leaves either both or
 * neither; a result already recorded (by an earlier worker) is kept.
 */
export async function recordProgress(db: Database, lease: Lease, memos: Memo[], patch: RunPatch): Promise<void> {
  await db.transaction(async (tx) => {
    await updateOwnedRun(tx, lease, patch);
    if (memos.length === 0) return;
    await tx
      .insert(jobSteps)
      .values(
        memos.map((memo) => ({
          runId: lease.runId,
          stepId: memo.id,
          name: memo.name ?? null,
          op: memo.op,
          data: memo.error ? null : (memo.data ?? null),
          error: memo.error ?? null,
          attempts: memo.attempts,
        })),
      )
      .onConflictDoNothing();
  });
}

/** Extends the leases of the runs this worker is executing. */
export async function renewLeases(db: Database, owner: string, runIds: string[], until: Date): Promise<void> {
  if (runIds.length === 0) return;
  await db
    .update(jobRuns)
    .set({ leaseExpiresAt: until })
    .where(and(eq(jobRuns.leaseOwner, owner), eq(jobRuns.status, "running"), inArray(jobRuns.id, runIds)));
}

/** Lets go of a run so it holds no concurrency slot until `scheduledAt` (sleeps, retry backoff). */
export function releasePatch(scheduledAt: number): RunPatch {
  return { status: "sleeping", scheduledAt: new Date(scheduledAt), leaseOwner: null, leaseExpiresAt: null };
}

export function endPatch(status: "completed" | "failed", now: number, result: { output?: unknown; error?: SerializedError }): RunPatch {
  return {
    status,
    output: result.output ?? null,
    lastError: result.error ?? null,
    plan: [],
    endedAt: new Date(now),
    leaseOwner: null,
    leaseExpiresAt: null,
  };
}

/** Counts runs of a function (and concurrency key) that hold a live lease. */
export async function countLeased(db: Database, functionId: string, key: string | null, now: number): Promise<number> {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(jobRuns)
    .where(
      and(
        eq(jobRuns.functionId, functionId),
        eq(jobRuns.status, "running"),
        sql`${jobRuns.concurrencyKey} IS NOT DISTINCT FROM ${key}`,
        gt(jobRuns.leaseExpiresAt, new Date(now)),
      ),
    );
  return row?.count ?? 0;
}
