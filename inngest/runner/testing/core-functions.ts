import { NonRetriableError, RetryAfterError, type Inngest } from "inngest";
import type { Recorder } from "./recorder";

/** Test-only functions exercising the op codes; event names are prefixed so test files do not collide. */
export const coreEvents = {
  steps: "core/steps",
  parallel: "core/parallel",
  sleep: "core/sleep",
  flaky: "core/flaky",
  doomed: "core/doomed",
  catcher: "core/catcher",
  retryAfter: "core/retry-after",
  cancellable: "core/cancellable",
  cancel: "core/cancel",
} as const;

export function coreFunctions(client: Inngest, recorder: Recorder) {
  return [
    client.createFunction({ id: "memo", triggers: { event: coreEvents.steps } }, async ({ step }) => {
      recorder.hit("memo:body");
      const a = await step.run("a", () => recorder.hit("a"));
      const b = await step.run("b", () => recorder.hit("b") + a);
      const c = await step.run("c", () => recorder.hit("c") + b);
      return { a, b, c };
    }),
    client.createFunction({ id: "parallel", triggers: { event: coreEvents.parallel } }, async ({ step }) => {
      const parts = await Promise.all(
        [1, 2, 3].map((n) =>
          step.run(`part-${n}`, () => {
            recorder.hit(`part-${n}`);
            return n * 10;
          }),
        ),
      );
      return step.run("sum", () => {
        recorder.hit("sum");
        return parts.reduce((total, part) => total + part, 0);
      });
    }),
    client.createFunction({ id: "sleeper", triggers: { event: coreEvents.sleep } }, async ({ step }) => {
      await step.run("before", () => recorder.hit("sleep:before"));
      await step.sleep("nap", "1m");
      await step.run("after", () => recorder.hit("sleep:after"));
    }),
    client.createFunction({ id: "flaky", retries: 3, triggers: { event: coreEvents.flaky } }, async ({ step }) =>
      step.run("flaky-step", () => {
        if (recorder.hit("flaky") <= 2) throw new Error("temporary failure");
        return "recovered";
      }),
    ),
    client.createFunction(
      {
        id: "doomed",
        retries: 3,
        triggers: { event: coreEvents.doomed },
        onFailure: async ({ error, event }) => {
          recorder.hit(`on-failure:${error.message}:${String(event.data.event.data.tag)}`);
        },
      },
      async ({ step }) =>
        step.run("fatal", () => {
          recorder.hit("doomed");
          throw new NonRetriableError("cannot continue");
        }),
    ),
    client.createFunction({ id: "catcher", retries: 1, triggers: { event: coreEvents.catcher } }, async ({ step }) => {
      try {
        await step.run("always-fails", () => {
          recorder.hit("always-fails");
          throw new Error("still broken");
        });
        return { caught: null };
      } catch (error) {
        return { caught: (error as Error).message };
      }
    }),
    client.createFunction({ id: "retry-after", retries: 2, triggers: { event: coreEvents.retryAfter } }, async ({ step }) =>
      step.run("rate-limited", () => {
        if (recorder.hit("retry-after") === 1) throw new RetryAfterError("slow down", "30m");
        return "done";
      }),
    ),
    client.createFunction(
      { id: "cancellable", triggers: { event: coreEvents.cancellable }, cancelOn: [{ event: coreEvents.cancel, match: "data.jobId" }] },
      async ({ step }) => {
        await step.run("start", () => recorder.hit("cancellable:start"));
        await step.sleep("long", "1h");
        await step.run("never", () => recorder.hit("cancellable:after"));
      },
    ),
    client.createFunction({ id: "ticker", triggers: { cron: "*/5 * * * *" } }, async ({ step }) => {
      await step.run("tick", () => recorder.hit("tick"));
    }),
  ];
}
