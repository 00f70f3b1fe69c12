import { and, eq, inArray } from "drizzle-orm";
import type { Database } from "@/db/client";
import { jobRuns } from "@/db/schema/jobs";
import { parseDuration } from "./duration";
import { evaluateCondition, UnsupportedExpressionError } from "./expression";
import type { FunctionConfig, RunnerEvent } from "./protocol";

const liveStatuses = ["queued", "running", "sleeping"] as const;

/** Marks a run cancelled; a worker executing it notices at its next write and stops. */
export async function cancelRuns(db: Database, runIds: string[], now: number): Promise<string[]> {
  if (runIds.length === 0) return [];
  const rows = await db
    .update(jobRuns)
    .set({ status: "cancelled", endedAt: new Date(now), leaseOwner: null, leaseExpiresAt: null, plan: [] })
    .where(and(inArray(jobRuns.id, runIds), inArray(jobRuns.status, [...liveStatuses])))
    .returning({ id: jobRuns.id });
  return rows.map((row) => row.id);
}

/**
 * cancelOn: an incoming event cancels live runs of functions that list it, when the `if`
 * expression holds (`event` = the run's triggering event, `async` = the incoming one) and the
 * run is younger than the optional timeout.
 */
export async function cancelByEvent(tx: Database, functions: FunctionConfig[], event: RunnerEvent, now: number): Promise<string[]> {
  const toCancel: string[] = [];
  for (const config of functions) {
    const rules = (config.cancel ?? []).filter((rule) => rule.event === event.name);
    if (rules.length === 0) continue;
    const runs = await tx
      .select({ id: jobRuns.id, event: jobRuns.event, createdAt: jobRuns.createdAt })
      .from(jobRuns)
      .where(and(eq(jobRuns.functionId, config.id), inArray(jobRuns.status, [...liveStatuses])));
    for (const run of runs) {
      const matches = rules.some((rule) => {
        const timeout = rule.timeout ? parseDuration(rule.timeout) : null;
        if (timeout !== null && run.createdAt.getTime() + timeout < now) return false;
        try {
          return !rule.if || evaluateCondition(rule.if, { event: run.event, async: event });
        } catch (error) {
          if (!(error instanceof UnsupportedExpressionError)) throw error;
          console.error(`[runner] ${config.id} cancelOn: ${error.message}`);
          return false;
        }
      });
      if (matches) toCancel.push(run.id);
    }
  }
  return cancelRuns(tx, toCancel, now);
}
