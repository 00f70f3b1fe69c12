import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { jobCronSchedules, jobFunctions, jobRuns } from "@/db/schema/jobs";
import { withTestDatabase } from "@/db/testing/with-test-database";
import { cancelRun, getRunDetail, listRuns, retryRun } from "./admin-queries";
import { coreEvents, coreFunctions } from "./testing/core-functions";
import { finishedRun, runsOf, startTestApp, stepsOf, waitFor, type TestApp } from "./testing/harness";
import { createRecorder } from "./testing/recorder";

withTestDatabase();

// One real minute of Inngest time is 60 ms here: backoff 15 s → 15 ms (+ ≤30 ms jitter), sleep 1m → 60 ms.
const timeScale = 0.001;
const appId = "runner-core-test";
const fn = (id: string) => `${appId}-${id}`;
const recorder = createRecorder();
let app: TestApp;

beforeAll(async () => {
  app = await startTestApp(getDb(), appId, (client) => coreFunctions(client, recorder), { timeScale });
}, 30_000);
afterAll(async () => {
  await app?.stop();
});

async function send(name: string, data: Record<string, unknown> = {}, id?: string): Promise<string> {
  const { ids } = await app.client.send({ name, data, ...(id ? { id } : {}) });
  expect(ids).toHaveLength(1);
  return ids[0]!;
}

describe("sync", () => {
  it("learns every function with its triggers, retries and onFailure companion", async () => {
    const rows = await getDb().select().from(jobFunctions).where(eq(jobFunctions.appId, appId));
    const byId = new Map(rows.map((row) => [row.id, row.config as Record<string, unknown>]));
    expect([...byId.keys()].sort()).toEqual(
      ["memo", "parallel", "sleeper", "flaky", "doomed", "doomed-failure", "catcher", "retry-after", "cancellable", "ticker"].map(fn).sort(),
    );
    expect(byId.get(fn("flaky"))).toMatchObject({ triggers: [{ event: coreEvents.flaky }], steps: { step: { retries: { attempts: 3 } } } });
    expect(byId.get(fn("doomed-failure"))).toMatchObject({
      triggers: [{ event: "inngest/function.failed", expression: `event.data.function_id == '${fn("doomed")}'` }],
    });
    expect(byId.get(fn("cancellable"))).toMatchObject({ cancel: [{ event: coreEvents.cancel, if: "event.data.jobId == async.data.jobId" }] });
  });
});

describe("events and steps", () => {
  it("returns ids from send, runs each step exactly once and dedupes a repeated event id", async () => {
    const eventId = await send(coreEvents.steps, {}, "memo-event-1");
    expect(eventId).toBe("memo-event-1");
    const run = await finishedRun(getDb(), fn("memo"), eventId);
    expect(run.status).toBe("completed");
    expect(run.output).toEqual({ a: 1, b: 2, c: 3 });
    expect(["a", "b", "c"].map((name) => recorder.count(name))).toEqual([1, 1, 1]);
    // The body re-enters once per step plus the final call: memoized steps are replayed, not re-run.
    expect(recorder.count("memo:body")).toBe(4);
    expect((await stepsOf(getDb(), run.id)).map((step) => step.name)).toEqual(["a", "b", "c"]);

    await send(coreEvents.steps, {}, "memo-event-1");
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await runsOf(getDb(), fn("memo"))).filter((r) => r.eventId === eventId)).toHaveLength(1);
  });

  it("plans parallel steps, calls each once and continues with all results", async () => {
    const run = await finishedRun(getDb(), fn("parallel"), await send(coreEvents.parallel));
    expect(run.status).toBe("completed");
    expect(run.output).toBe(60);
    expect(["part-1", "part-2", "part-3", "sum"].map((name) => recorder.count(name))).toEqual([1, 1, 1, 1]);
    expect(run.disableImmediateExecution).toBe(true);
  });

  it("sleeps for the scaled duration without holding the run", async () => {
    const eventId = await send(coreEvents.sleep);
    await waitFor(async () => (await runsOf(getDb(), fn("sleeper"))).find((r) => r.eventId === eventId && r.status === "sleeping"));
    const run = await finishedRun(getDb(), fn("sleeper"), eventId);
    expect(run.status).toBe("completed");
    const [before] = recorder.times("sleep:before");
    const [after] = recorder.times("sleep:after");
    expect(after! - before!).toBeGreaterThanOrEqual(60);
    expect((await stepsOf(getDb(), run.id)).map((step) => step.op)).toEqual(["StepRun", "Sleep", "StepRun"]);
  });
});

describe("retries", () => {
  it("retries a failing step on the scaled Inngest backoff schedule until it succeeds", async () => {
    const run = await finishedRun(getDb(), fn("flaky"), await send(coreEvents.flaky));
    expect(run.status).toBe("completed");
    expect(run.output).toBe("recovered");
    const times = recorder.times("flaky");
    expect(times).toHaveLength(3);
    // 15 s and 30 s, scaled, each plus up to 30 s of scaled jitter.
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(15);
    expect(times[2]! - times[1]!).toBeGreaterThanOrEqual(30);
    const [step] = await stepsOf(getDb(), run.id);
    expect(step).toMatchObject({ op: "StepRun", attempts: 3 });
  });

  it("fails at once on NonRetriableError and runs the onFailure handler with the error", async () => {
    const run = await finishedRun(getDb(), fn("doomed"), await send(coreEvents.doomed, { tag: "t1" }));
    expect(run.status).toBe("failed");
    expect(run.lastError).toMatchObject({ name: "NonRetriableError", message: "cannot continue" });
    expect(recorder.count("doomed")).toBe(1);
    await waitFor(async () => recorder.count("on-failure:cannot continue:t1") === 1, 10_000, "the onFailure handler");
  });

  it("hands a finally failed step (StepFailed) back to the function, which can catch it", async () => {
    const run = await finishedRun(getDb(), fn("catcher"), await send(coreEvents.catcher));
    expect(run.status).toBe("completed");
    expect(run.output).toEqual({ caught: "still broken" });
    expect(recorder.count("always-fails")).toBe(2);
  });

  it("waits as long as RetryAfterError asks instead of the backoff schedule", async () => {
    const run = await finishedRun(getDb(), fn("retry-after"), await send(coreEvents.retryAfter));
    expect(run.status).toBe("completed");
    const times = recorder.times("retry-after");
    // 30 minutes scaled is 1.8 s, far beyond the 15–45 ms a normal first retry would wait.
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(1700);
  });
});

describe("cancelOn and cron", () => {
  it("cancels a sleeping run when a matching event arrives, leaving other runs alone", async () => {
    const cancelled = await send(coreEvents.cancellable, { jobId: "j1" });
    const untouched = await send(coreEvents.cancellable, { jobId: "j2" });
    await waitFor(async () => (await runsOf(getDb(), fn("cancellable"))).filter((r) => r.status === "sleeping").length === 2);
    await send(coreEvents.cancel, { jobId: "j1" });
    const run = await finishedRun(getDb(), fn("cancellable"), cancelled);
    expect(run.status).toBe("cancelled");
    const other = (await runsOf(getDb(), fn("cancellable"))).find((r) => r.eventId === untouched);
    expect(other?.status).toBe("sleeping");
    await getDb().update(jobRuns).set({ status: "cancelled" }).where(eq(jobRuns.id, other!.id));
    expect(recorder.count("cancellable:after")).toBe(0);
  });

  it("fires a due cron trigger once and schedules the next fire time", async () => {
    const where = and(eq(jobCronSchedules.functionId, fn("ticker")), eq(jobCronSchedules.cron, "*/5 * * * *"));
    const [schedule] = await getDb().select().from(jobCronSchedules).where(where);
    expect(schedule!.nextFireAt.getTime()).toBeGreaterThan(Date.now());
    expect(schedule!.nextFireAt.getUTCMinutes() % 5).toBe(0);
    const dueAt = new Date(Math.floor(Date.now() / 300_000) * 300_000);
    await getDb().update(jobCronSchedules).set({ nextFireAt: dueAt }).where(where);
    const run = await finishedRun(getDb(), fn("ticker"), `cron-${fn("ticker")}-${dueAt.getTime()}`, 5000);
    expect(run.status).toBe("completed");
    expect(run.event).toMatchObject({ name: "inngest/scheduled.timer", data: { cron: "*/5 * * * *" } });
    expect(recorder.count("tick")).toBe(1);
    const [next] = await getDb().select().from(jobCronSchedules).where(where);
    expect(next!.nextFireAt.getTime()).toBeGreaterThan(Date.now());
  });
});

describe("admin queries", () => {
  it("lists failed runs with their steps and retries one in place from the failed step", async () => {
    const eventId = await send(coreEvents.doomed, { tag: "t2" });
    const failed = await finishedRun(getDb(), fn("doomed"), eventId);
    const listed = await listRuns(getDb(), { status: "failed", functionId: fn("doomed") });
    expect(listed.map((run) => run.id)).toContain(failed.id);
    const detail = await getRunDetail(getDb(), failed.id);
    expect(detail?.steps).toMatchObject([{ name: "fatal", op: "StepFailed", error: { message: "cannot continue" } }]);

    const before = recorder.count("doomed");
    expect(await retryRun(getDb(), failed.id)).toBe(true);
    await waitFor(async () => recorder.count("doomed") === before + 1, 10_000, "the retried step");
    const again = await finishedRun(getDb(), fn("doomed"), eventId);
    expect(again.status).toBe("failed");
    expect(await retryRun(getDb(), (await runsOf(getDb(), fn("memo")))[0]!.id)).toBe(false);
  });

  it("cancels a live run once", async () => {
    const eventId = await send(coreEvents.cancellable, { jobId: "j3" });
    const sleeping = await waitFor(async () => (await runsOf(getDb(), fn("cancellable"))).find((r) => r.eventId === eventId && r.status === "sleeping"));
    expect(await cancelRun(getDb(), sleeping.id)).toBe(true);
    expect(await cancelRun(getDb(), sleeping.id)).toBe(false);
    expect((await getRunDetail(getDb(), sleeping.id))?.run.status).toBe("cancelled");
  });
});
