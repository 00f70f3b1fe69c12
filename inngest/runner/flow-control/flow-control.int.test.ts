import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { withTestDatabase } from "@/db/testing/with-test-database";
import { flowEvents, flowFunctions } from "../testing/flow-functions";
import { runsOf, startTestApp, waitFor, type TestApp } from "../testing/harness";
import { createRecorder } from "../testing/recorder";

withTestDatabase();

// 10 s of Inngest time is 100 ms here.
const timeScale = 0.01;
const appId = "runner-flow-test";
const fn = (id: string) => `${appId}-${id}`;
const recorder = createRecorder();
let app: TestApp;

beforeAll(async () => {
  app = await startTestApp(getDb(), appId, (client) => flowFunctions(client, recorder), { timeScale });
}, 30_000);
afterAll(async () => {
  await app?.stop();
});

const completed = (id: string, count: number) =>
  waitFor(async () => (await runsOf(getDb(), fn(id))).filter((run) => run.status === "completed").length === count, 10_000, `${count} runs of ${id}`);

describe("throttle", () => {
  it("starts limit runs at once, queues the rest FIFO one interval apart, per key", async () => {
    const events = Array.from({ length: 6 }, (_, n) => ({ name: flowEvents.throttled, data: { account: "A", n } }));
    await app.client.send([...events, { name: flowEvents.throttled, data: { account: "B", n: 0 } }]);
    await completed("throttled", 7);
    // Throttle reserves each run's start slot (scheduledAt) on arrival; no worker may start it earlier.
    const runs = await runsOf(getDb(), fn("throttled"));
    const byKey = new Map(runs.map((run) => [`${(run.event.data as { account: string }).account}:${(run.event.data as { n: number }).n}`, run]));
    const slots = Array.from({ length: 6 }, (_, n) => byKey.get(`A:${n}`)!.scheduledAt.getTime() - byKey.get("A:0")!.scheduledAt.getTime());
    // limit 2 per 10 s (scaled: 100 ms) → interval 50 ms: slots at 0, 0, 50, 100, 150, 200 ms, in arrival order.
    expect(slots).toEqual([0, 0, 50, 100, 150, 200]);
    for (const run of runs) expect(run.startedAt!.getTime()).toBeGreaterThanOrEqual(run.scheduledAt.getTime());
    // Key B has its own bucket, so it does not queue behind A.
    expect(byKey.get("B:0")!.scheduledAt.getTime()).toBe(byKey.get("A:0")!.scheduledAt.getTime());
    expect(recorder.count("throttled:A:5")).toBe(1);
  });
});

describe("concurrency", () => {
  it("never executes more calls of a function at once than its limit", async () => {
    await app.client.send(Array.from({ length: 3 }, () => ({ name: flowEvents.limited, data: {} })));
    await completed("limited", 3);
    expect(recorder.count("limited:active:1")).toBe(3);
    expect(recorder.count("limited:active:2")).toBe(0);
  });

  it("gives the slot away while a run sleeps", async () => {
    await app.client.send([0, 1].map((n) => ({ name: flowEvents.sleepy, data: { n } })));
    await completed("sleepy", 2);
    const secondStarted = Math.max(recorder.times("sleepy:a:0")[0]!, recorder.times("sleepy:a:1")[0]!);
    const firstFinished = Math.min(recorder.times("sleepy:b:0")[0]!, recorder.times("sleepy:b:1")[0]!);
    // Each run sleeps 300 ms (scaled 30 s); a sleeping run holding its slot would serialise them.
    expect(secondStarted).toBeLessThan(firstFinished);
  });
});

describe("rateLimit and idempotency", () => {
  it("drops events over the rate limit, per key", async () => {
    await app.client.send(["A", "A", "B", "A"].map((account) => ({ name: flowEvents.rateLimited, data: { account } })));
    await completed("rate-limited", 2);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect((await runsOf(getDb(), fn("rate-limited"))).length).toBe(2);
    expect([recorder.count("rate-limited:A"), recorder.count("rate-limited:B")]).toEqual([1, 1]);
  });

  it("starts one run per idempotency key", async () => {
    await app.client.send(["o1", "o1", "o2"].map((orderId) => ({ name: flowEvents.idempotent, data: { orderId } })));
    await app.client.send({ name: flowEvents.idempotent, data: { orderId: "o1" } });
    await completed("idempotent", 2);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect((await runsOf(getDb(), fn("idempotent"))).length).toBe(2);
    expect([recorder.count("idempotent:o1"), recorder.count("idempotent:o2")]).toEqual([1, 1]);
  });
});
