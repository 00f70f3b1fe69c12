/** Inngest's retry schedule: the delay before retry n+1 after attempt n failed. */
export const retrySchedule = [15, 30, 60, 120, 300, 600, 1200, 2400, 3600, 7200].map((seconds) => seconds * 1000);
export const maxJitterMs = 30_000;

/** Delay after the given (0-based) failed attempt, jitter included, before time scaling. */
export function backoffMs(failedAttempt: number, random: () => number = Math.random): number {
  const base = retrySchedule[Math.min(Math.max(failedAttempt, 0), retrySchedule.length - 1)]!;
  return base + Math.floor(random() * maxJitterMs);
}

/** The SDK's `Retry-After`: whole seconds (from RetryAfterError with a duration) or an ISO date. */
export function retryAfterMs(header: string | null | undefined, now: number): number | null {
  if (!header) return null;
  if (/^\d+$/.test(header.trim())) return Number(header) * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}
