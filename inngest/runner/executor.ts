import type { JobRun } from "@/db/schema/jobs";
import type { RunnerContext } from "./context";
import { interpretCall, type CallResult, type Memo, type Outcome, type PlanEntry } from "./outcome";
import { stepUrl, type CallBody, type FunctionConfig, type MemoizedStep, type SerializedError } from "./protocol";
import {
  endPatch,
  LeaseLostError,
  loadFunction,
  loadMemos,
  recordProgress,
  releasePatch,
  runPlan,
  updateOwnedRun,
  type Lease,
} from "./store";

/** A step may run this long; the lease is renewed meanwhile. */
const requestTimeoutMs = 15 * 60 * 1000;

export type ExecutorDeps = RunnerContext & {
  owner: string;
  /** Reports a finally failed run (emits inngest/function.failed for onFailure handlers). */
  onRunFailed: (run: JobRun, error: SerializedError) => Promise<void>;
};

type RunState = {
  run: JobRun;
  lease: Lease;
  config: FunctionConfig;
  memos: Map<string, MemoizedStep>;
  attempt: number;
  plan: PlanEntry[];
  disableImmediateExecution: boolean;
};

export async function callServe(url: string, body: CallBody): Promise<CallResult> {
  try {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(requestTimeoutMs),
    });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      // Not JSON (a proxy's error page, say): keep the text as the error message.
    }
    return { status: response.status, header: (name) => response.headers.get(name), body: parsed };
  } catch (error) {
    return { networkError: error instanceof Error ? `${error.message} ${String(error.cause ?? "")}`.trim() : String(error) };
  }
}

function callBody(state: RunState, attempt: number): CallBody {
  const stack = [...state.memos.keys()];
  return {
    event: state.run.event,
    events: [state.run.event],
    steps: Object.fromEntries(state.memos),
    version: 2,
    ctx: {
      run_id: state.run.id,
      attempt,
      max_attempts: state.run.maxAttempts,
      disable_immediate_execution: state.disableImmediateExecution,
      use_api: false,
      stack: { stack, current: Math.max(stack.length - 1, 0) },
    },
  };
}

async function call(deps: ExecutorDeps, state: RunState, stepId: string, attempt: number): Promise<Outcome> {
  const result = await callServe(stepUrl(state.config, stepId), callBody(state, attempt));
  return interpretCall(result, { attempt, maxAttempts: state.run.maxAttempts, now: deps.now(), timeScale: deps.settings.timeScale });
}

function remember(state: RunState, memos: Memo[]) {
  for (const memo of memos) state.memos.set(memo.id, memo.error ? { error: memo.error } : { data: memo.data ?? null });
}

async function finish(deps: ExecutorDeps, state: Pick<RunState, "run" | "lease">, outcome: { output?: unknown; error?: SerializedError }, memos: Memo[] = []) {
  const status = outcome.error ? "failed" : "completed";
  await recordProgress(deps.db, state.lease, memos, endPatch(status, deps.now(), outcome));
  if (outcome.error) await deps.onRunFailed(state.run, outcome.error);
}

/** Runs the due entries of the plan (parallel steps, retried steps, finished sleeps). Returns true when the run let go. */
async function advancePlan(deps: ExecutorDeps, state: RunState): Promise<boolean> {
  const now = deps.now();
  const due = state.plan.filter((entry) => entry.notBefore <= now);
  if (due.length === 0) {
    const wakeAt = Math.min(...state.plan.map((entry) => entry.notBefore));
    await updateOwnedRun(deps.db, state.lease, { ...releasePatch(wakeAt), plan: state.plan });
    return true;
  }
  const outcomes = await Promise.all(
    due.map((entry): Promise<Outcome> | Outcome =>
      entry.kind === "sleep"
        ? { type: "progress", memos: [{ id: entry.id, op: "Sleep", name: entry.name, data: null, attempts: 1 }], plan: [], disableImmediateExecution: false }
        : call(deps, state, entry.id, entry.attempt),
    ),
  );
  const memos: Memo[] = [];
  const plan = state.plan.filter((entry) => !due.includes(entry));
  let lastError: SerializedError | undefined;
  for (const [index, outcome] of outcomes.entries()) {
    const entry = due[index]!;
    if (outcome.type === "complete") return finish(deps, state, { output: outcome.output }, memos).then(() => true);
    if (outcome.type === "failed") return finish(deps, state, { error: outcome.error }, memos).then(() => true);
    if (outcome.type === "retry") {
      plan.push({ ...entry, attempt: outcome.attempt, notBefore: outcome.notBefore, lastError: outcome.error });
      lastError = outcome.error;
      continue;
    }
    memos.push(...outcome.memos);
    plan.push(...outcome.plan);
    lastError = outcome.plan.find((next) => next.lastError)?.lastError ?? lastError;
    state.disableImmediateExecution ||= outcome.disableImmediateExecution;
  }
  state.plan = plan.filter((entry) => !memos.some((memo) => memo.id === entry.id));
  await recordProgress(deps.db, state.lease, memos, {
    plan: state.plan,
    attempt: 0,
    disableImmediateExecution: state.disableImmediateExecution,
    ...(lastError ? { lastError } : {}),
  });
  remember(state, memos);
  state.attempt = 0;
  return false;
}

/** Calls the function to find (and usually run) its next step. Returns true when the run let go. */
async function discover(deps: ExecutorDeps, state: RunState): Promise<boolean> {
  const outcome = await call(deps, state, "step", state.attempt);
  if (outcome.type === "complete") return finish(deps, state, { output: outcome.output }).then(() => true);
  if (outcome.type === "failed") return finish(deps, state, { error: outcome.error }).then(() => true);
  if (outcome.type === "retry" || (outcome.memos.length === 0 && outcome.plan.length === 0)) {
    const retry: Outcome =
      outcome.type === "retry"
        ? outcome
        : { type: "retry", attempt: state.attempt + 1, notBefore: deps.now(), error: { name: "ProtocolError", message: "Empty answer" } };
    if (retry.attempt >= state.run.maxAttempts) return finish(deps, state, { error: retry.error }).then(() => true);
    await updateOwnedRun(deps.db, state.lease, { ...releasePatch(retry.notBefore), attempt: retry.attempt, lastError: retry.error });
    return true;
  }
  state.plan = outcome.plan;
  state.disableImmediateExecution ||= outcome.disableImmediateExecution;
  const lastError = outcome.plan.find((entry) => entry.lastError)?.lastError;
  await recordProgress(deps.db, state.lease, outcome.memos, {
    plan: state.plan,
    attempt: 0,
    disableImmediateExecution: state.disableImmediateExecution,
    ...(lastError ? { lastError } : {}),
  });
  remember(state, outcome.memos);
  state.attempt = 0;
  return false;
}

/**
 * Drives one claimed run until it finishes, sleeps or waits for a retry. Every step result is
 * recorded before the next call, so a crash repeats at most the step that was executing.
 */
export async function executeRun(deps: ExecutorDeps, run: JobRun): Promise<void> {
  const lease = { runId: run.id, owner: deps.owner };
  try {
    const config = await loadFunction(deps.db, run.functionId);
    if (!config) {
      const error = { name: "FunctionNotFound", message: `Function ${run.functionId} is no longer served by the app` };
      return await finish(deps, { run, lease }, { error });
    }
    const memos = await loadMemos(deps.db, run.id);
    const state: RunState = {
      run,
      lease,
      config,
      memos,
      attempt: run.attempt,
      plan: runPlan(run).filter((entry) => !memos.has(entry.id)),
      disableImmediateExecution: run.disableImmediateExecution,
    };
    while (!(state.plan.length ? await advancePlan(deps, state) : await discover(deps, state))) {
      // Each pass records progress; loop until the run finishes or lets go.
    }
  } catch (error) {
    if (error instanceof LeaseLostError) return;
    console.error(`[runner] run ${run.id} (${run.functionId}) stopped on an error; it resumes when its lease expires:`, error);
    throw error;
  }
}
