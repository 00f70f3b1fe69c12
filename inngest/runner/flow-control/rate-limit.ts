import type { Database } from "@/db/client";
import { parseDuration } from "../duration";
import type { FunctionConfig } from "../protocol";
import { admit, gcraFor } from "./gcra";
import { withGcraState } from "./gcra-state";

/** Whether an event may start a run under the function's rateLimit; excess events are skipped. */
export async function rateLimitAllows(
  tx: Database,
  config: FunctionConfig,
  key: string,
  now: number,
  timeScale: number,
): Promise<boolean> {
  const rateLimit = config.rateLimit;
  const period = rateLimit && parseDuration(rateLimit.period);
  if (!rateLimit || !period) return true;
  let allowed = false;
  await withGcraState(tx, `rate:${config.id}:${key}`, (tat) => {
    const result = admit(tat, now, gcraFor(rateLimit.limit, period * timeScale));
    allowed = result.allowed;
    return result;
  });
  return allowed;
}
