import type { Database } from "@/db/client";
import { jobRuns } from "@/db/schema/jobs";
import { evaluateKey } from "./expression";
import { concurrencyKeyFor } from "./flow-control/concurrency";
import { claimIdempotencyKey } from "./flow-control/idempotency";
import { rateLimitAllows } from "./flow-control/rate-limit";
import { throttledStart } from "./flow-control/throttle";
import { ulid } from "./ids";
import { maxAttemptsOf, type RunnerEvent } from "./protocol";
import type { SyncedFunction } from "./store";

/**
 * Creates a run of `config` for `event` after flow control: rateLimit drops, an idempotency key
 * already used in the last 24 h drops, throttle delays the start. Returns the run id or null when
 * dropped. Runs inside the intake transaction.
 */
export async function createRun(
  tx: Database,
  { appId, config }: SyncedFunction,
  event: RunnerEvent,
  now: number,
  timeScale: number,
): Promise<string | null> {
  const scope = { event };
  const rateKey = config.rateLimit?.key ? evaluateKey(config.rateLimit.key, scope) : "";
  if (!(await rateLimitAllows(tx, config, rateKey, now, timeScale))) return null;
  const runId = ulid(now);
  if (config.idempotency) {
    const key = `${config.id}:${evaluateKey(config.idempotency, scope)}`;
    if (!(await claimIdempotencyKey(tx, key, runId, now))) return null;
  }
  const throttleKey = config.throttle?.key ? evaluateKey(config.throttle.key, scope) : "";
  const startAt = await throttledStart(tx, config, throttleKey, now, timeScale);
  await tx.insert(jobRuns).values({
    id: runId,
    appId,
    functionId: config.id,
    eventId: event.id,
    event,
    status: "queued",
    maxAttempts: maxAttemptsOf(config),
    concurrencyKey: concurrencyKeyFor(config, event),
    scheduledAt: new Date(startAt),
  });
  return runId;
}
