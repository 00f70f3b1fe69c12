import { and, eq, lte } from "drizzle-orm";
import { jobCronSchedules } from "@/db/schema/jobs";
import type { RunnerContext } from "./context";
import { createRun } from "./create-run";
import { nextFireTime, parseCron } from "./cron";
import { storeEvent } from "./events";
import { cronEventName } from "./protocol";
import { loadActiveFunctions } from "./store";

/**
 * Starts a run for every cron trigger of the app that is due and moves it to its next fire time.
 * Fires missed while the runner was down collapse into one run (Inngest does not backfill either).
 * The event id is derived from the fire time, so two runners never start the same tick twice.
 */
export async function fireDueCrons(context: RunnerContext, appId: string): Promise<number> {
  const now = context.now();
  const functions = new Map((await loadActiveFunctions(context.db)).map((fn) => [fn.config.id, fn]));
  let started = 0;
  await context.db.transaction(async (tx) => {
    const due = await tx
      .select()
      .from(jobCronSchedules)
      .where(and(eq(jobCronSchedules.appId, appId), lte(jobCronSchedules.nextFireAt, new Date(now))))
      .for("update", { skipLocked: true });
    for (const schedule of due) {
      const fn = functions.get(schedule.functionId);
      const fireAt = schedule.nextFireAt.getTime();
      const event = { id: `cron-${schedule.functionId}-${fireAt}`, name: cronEventName, data: { cron: schedule.cron }, ts: fireAt };
      if (fn && (await storeEvent(tx, event, now)) && (await createRun(tx, fn, event, now, context.settings.timeScale))) started++;
      await tx
        .update(jobCronSchedules)
        .set({ nextFireAt: new Date(nextFireTime(parseCron(schedule.cron), Math.max(now, fireAt))) })
        .where(and(eq(jobCronSchedules.functionId, schedule.functionId), eq(jobCronSchedules.cron, schedule.cron)));
    }
  });
  if (started > 0) context.wake();
  return started;
}
