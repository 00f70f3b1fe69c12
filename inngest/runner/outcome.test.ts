import { describe, expect, it } from "vitest";
import { interpretCall, type CallResult } from "./outcome";

const now = 1_000_000;
const context = { attempt: 0, maxAttempts: 3, now, timeScale: 1, random: () => 0 };
const answer = (status: number, body: unknown, headers: Record<string, string> = {}): CallResult => ({
  status,
  body,
  header: (name) => headers[name] ?? null,
});

describe("interpretCall", () => {
  it("completes on 200 and on RunComplete", () => {
    expect(interpretCall(answer(200, { ok: 1 }), context)).toEqual({ type: "complete", output: { ok: 1 } });
    expect(interpretCall(answer(206, [{ id: "x", op: "RunComplete", data: 5 }]), context)).toEqual({ type: "complete", output: 5 });
  });

  it("memoizes StepRun data and StepFailed errors", () => {
    const outcome = interpretCall(
      answer(206, [
        { id: "a", op: "StepRun", displayName: "first", data: { n: 1 } },
        { id: "b", op: "StepFailed", error: { name: "Error", message: "bad" } },
      ]),
      context,
    );
    expect(outcome).toEqual({
      type: "progress",
      memos: [
        { id: "a", op: "StepRun", name: "first", data: { n: 1 }, attempts: 1 },
        { id: "b", op: "StepFailed", name: undefined, error: { name: "Error", message: "bad" }, attempts: 1 },
      ],
      plan: [],
      disableImmediateExecution: false,
    });
  });

  it("plans parallel steps now and disables immediate execution", () => {
    const outcome = interpretCall(answer(206, [{ id: "p1", op: "StepPlanned" }, { id: "p2", op: "StepPlanned" }]), context);
    expect(outcome).toMatchObject({ type: "progress", disableImmediateExecution: true, plan: [{ id: "p1", notBefore: now }, { id: "p2", notBefore: now }] });
  });

  it("schedules a StepError retry after the backoff, or after Retry-After", () => {
    const op = [{ id: "s", op: "StepError", error: { name: "Error", message: "flaky" } }];
    expect(interpretCall(answer(206, op), context)).toMatchObject({ plan: [{ id: "s", kind: "step", attempt: 1, notBefore: now + 15_000 }] });
    expect(interpretCall(answer(206, op, { "retry-after": "90" }), { ...context, timeScale: 0.5 })).toMatchObject({
      plan: [{ attempt: 1, notBefore: now + 45_000 }],
    });
    // On the last attempt a StepError is final: it is memoized as StepFailed.
    expect(interpretCall(answer(206, op), { ...context, attempt: 2 })).toMatchObject({ memos: [{ id: "s", op: "StepFailed" }], plan: [] });
  });

  it("sleeps for the scaled duration given in the op name", () => {
    expect(interpretCall(answer(206, [{ id: "z", op: "Sleep", name: "1h" }]), { ...context, timeScale: 0.001 })).toMatchObject({
      plan: [{ id: "z", kind: "sleep", notBefore: now + 3600 }],
    });
  });

  it("retries a function-level 500, fails on 400 or x-inngest-no-retry, and on the last attempt", () => {
    const error = { name: "Error", message: "boom" };
    expect(interpretCall(answer(500, error, { "x-inngest-no-retry": "false" }), context)).toMatchObject({ type: "retry", attempt: 1, notBefore: now + 15_000 });
    expect(interpretCall(answer(400, error, { "x-inngest-no-retry": "true" }), context)).toEqual({ type: "failed", error });
    expect(interpretCall(answer(500, error, { "x-inngest-no-retry": "true" }), context)).toEqual({ type: "failed", error });
    expect(interpretCall(answer(500, error), { ...context, attempt: 2 })).toEqual({ type: "failed", error });
    expect(interpretCall({ networkError: "fetch failed" }, context)).toMatchObject({ type: "retry", error: { name: "NetworkError" } });
  });

  it("fails the run on ops the runner does not implement", () => {
    const outcome = interpretCall(answer(206, [{ id: "w", op: "WaitForEvent", name: "app/approved" }]), context);
    expect(outcome).toMatchObject({ type: "failed", error: { name: "UnsupportedOpError" } });
  });
});
