import type { Database } from "@/db/client";
import { parseDuration } from "../duration";
import type { FunctionConfig } from "../protocol";
import { gcraFor, reserve } from "./gcra";
import { withGcraState } from "./gcra-state";

/**
 * When a new run of a throttled function may start: the earliest free GCRA slot, reserved now so
 * queued starts keep their arrival order and none is dropped. Without throttle, `now`.
 */
export async function throttledStart(
  tx: Database,
  config: FunctionConfig,
  key: string,
  now: number,
  timeScale: number,
): Promise<number> {
  const throttle = config.throttle;
  const period = throttle && parseDuration(throttle.period);
  if (!throttle || !period) return now;
  let startAt = now;
  await withGcraState(tx, `throttle:${config.id}:${key}`, (tat) => {
    const slot = reserve(tat, now, gcraFor(throttle.limit, period * timeScale, throttle.burst));
    startAt = slot.startAt;
    return slot;
  });
  return startAt;
}
