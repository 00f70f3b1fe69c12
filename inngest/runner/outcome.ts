import { z } from "zod";
import { backoffMs, retryAfterMs } from "./backoff";
import { sleepDelayMs } from "./duration";
import { headers, opsSchema, serializedErrorSchema, toSerializedError, type Op, type SerializedError } from "./protocol";

/** Work a run waits for: a step call (parallel or retried) or a sleep, each due at `notBefore`. */
export const planEntrySchema = z.object({
  id: z.string(),
  kind: z.enum(["step", "sleep"]),
  name: z.string().optional(),
  attempt: z.number().int().min(0),
  notBefore: z.number(),
  lastError: serializedErrorSchema.optional(),
});
export type PlanEntry = z.infer<typeof planEntrySchema>;
export const planSchema = z.array(planEntrySchema);

export type Memo = { id: string; op: string; name?: string; data?: unknown; error?: SerializedError; attempts: number };

export type Outcome =
  | { type: "complete"; output: unknown }
  | { type: "failed"; error: SerializedError }
  | { type: "retry"; attempt: number; notBefore: number; error: SerializedError }
  | { type: "progress"; memos: Memo[]; plan: PlanEntry[]; disableImmediateExecution: boolean };

/** What the serve endpoint answered, or why no answer came. */
export type CallResult = { status: number; header: (name: string) => string | null; body: unknown } | { networkError: string };

export type OutcomeContext = { attempt: number; maxAttempts: number; now: number; timeScale: number; random?: () => number };

function retryDelay(context: OutcomeContext, retryAfter: string | null): number {
  const raw = retryAfterMs(retryAfter, context.now) ?? backoffMs(context.attempt, context.random);
  return Math.round(raw * context.timeScale);
}

function retryOrFail(context: OutcomeContext, error: SerializedError, retryAfter: string | null): Outcome {
  if (context.attempt + 1 >= context.maxAttempts) return { type: "failed", error };
  return { type: "retry", attempt: context.attempt + 1, notBefore: context.now + retryDelay(context, retryAfter), error };
}

const unsupported = (op: Op): SerializedError => ({
  name: "UnsupportedOpError",
  message: `The built-in runner does not support the ${op.op} op (step "${op.displayName ?? op.name ?? op.id}")`,
});

/** Applies the ops of a 206 answer; pure so the op-code rules are unit-tested without HTTP. */
function interpretOps(ops: Op[], context: OutcomeContext, retryAfter: string | null): Outcome {
  const memos: Memo[] = [];
  const plan: PlanEntry[] = [];
  let disableImmediateExecution = false;
  const attempts = context.attempt + 1;
  for (const op of ops) {
    const name = op.displayName ?? op.name;
    switch (op.op) {
      case "StepRun":
        memos.push({ id: op.id, op: op.op, name, data: op.data ?? null, attempts });
        break;
      case "StepFailed":
        memos.push({ id: op.id, op: op.op, name, error: toSerializedError(op.error), attempts });
        break;
      case "StepError": {
        const error = toSerializedError(op.error);
        const next = retryOrFail(context, error, retryAfter);
        if (next.type === "retry") plan.push({ id: op.id, kind: "step", name, attempt: next.attempt, notBefore: next.notBefore, lastError: error });
        else memos.push({ id: op.id, op: "StepFailed", name, error, attempts });
        break;
      }
      case "StepPlanned":
        plan.push({ id: op.id, kind: "step", name, attempt: 0, notBefore: context.now });
        disableImmediateExecution = true;
        break;
      case "Sleep": {
        const delay = sleepDelayMs(op.name ?? "", context.now);
        if (delay === null) return { type: "failed", error: { name: "Error", message: `Unreadable sleep duration "${op.name}"` } };
        plan.push({ id: op.id, kind: "sleep", name: op.displayName, attempt: 0, notBefore: context.now + Math.round(delay * context.timeScale) });
        break;
      }
      case "RunComplete":
        return { type: "complete", output: op.data ?? null };
      default:
        return { type: "failed", error: unsupported(op) };
    }
  }
  return { type: "progress", memos, plan, disableImmediateExecution };
}

/** Decides what a call's answer means for the run (see the answers table of the protocol notes). */
export function interpretCall(result: CallResult, context: OutcomeContext): Outcome {
  if ("networkError" in result) return retryOrFail(context, { name: "NetworkError", message: result.networkError }, null);
  const retryAfter = result.header(headers.retryAfter);
  if (result.status === 200) return { type: "complete", output: result.body ?? null };
  if (result.status === 206) {
    const ops = opsSchema.safeParse(result.body);
    if (ops.success) return interpretOps(ops.data, context, retryAfter);
    return retryOrFail(context, { name: "ProtocolError", message: `Malformed 206 answer: ${ops.error.message}` }, null);
  }
  const error = toSerializedError(result.body);
  if (result.header(headers.noRetry) === "true" || result.status === 400) return { type: "failed", error };
  return retryOrFail(context, error, retryAfter);
}
