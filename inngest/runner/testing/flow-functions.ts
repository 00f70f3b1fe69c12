import type { Inngest } from "inngest";
import type { Recorder } from "./recorder";

/** Test-only functions with flow control; event names are prefixed so test files do not collide. */
export const flowEvents = {
  throttled: "flow/throttled",
  limited: "flow/limited",
  sleepy: "flow/sleepy",
  rateLimited: "flow/rate-limited",
  idempotent: "flow/idempotent",
} as const;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function flowFunctions(client: Inngest, recorder: Recorder) {
  let active = 0;
  return [
    client.createFunction(
      { id: "throttled", throttle: { limit: 2, period: "10s", key: "event.data.account" }, triggers: { event: flowEvents.throttled } },
      async ({ event, step }) => step.run("start", () => recorder.hit(`throttled:${event.data.account}:${event.data.n}`)),
    ),
    client.createFunction({ id: "limited", concurrency: { limit: 1 }, triggers: { event: flowEvents.limited } }, async ({ step }) =>
      step.run("work", async () => {
        active++;
        recorder.hit(`limited:active:${active}`);
        await pause(80);
        active--;
      }),
    ),
    client.createFunction({ id: "sleepy", concurrency: 1, triggers: { event: flowEvents.sleepy } }, async ({ event, step }) => {
      await step.run("a", () => recorder.hit(`sleepy:a:${event.data.n}`));
      await step.sleep("rest", "30s");
      await step.run("b", () => recorder.hit(`sleepy:b:${event.data.n}`));
    }),
    client.createFunction(
      { id: "rate-limited", rateLimit: { limit: 1, period: "1h", key: "event.data.account" }, triggers: { event: flowEvents.rateLimited } },
      async ({ event }) => recorder.hit(`rate-limited:${event.data.account}`),
    ),
    client.createFunction({ id: "idempotent", idempotency: "event.data.orderId", triggers: { event: flowEvents.idempotent } }, async ({ event }) =>
      recorder.hit(`idempotent:${event.data.orderId}`),
    ),
  ];
}
