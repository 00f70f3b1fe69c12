const unitMs: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

/** Parses Inngest duration strings such as "500ms", "30s", "1h30m", "7d"; null when malformed. */
export function parseDuration(text: string): number | null {
  const trimmed = text.trim();
  if (!/^(\d+(\.\d+)?(ms|s|m|h|d|w))+$/.test(trimmed)) return null;
  let total = 0;
  for (const [, amount, , unit] of trimmed.matchAll(/(\d+(\.\d+)?)(ms|s|m|h|d|w)/g)) {
    total += Number(amount) * unitMs[unit!]!;
  }
  return total;
}

/**
 * How long a `Sleep` op waits: its `name` is a duration ("1m30s") for step.sleep or an ISO time for
 * step.sleepUntil. Returns the delay in real milliseconds (not yet time-scaled).
 */
export function sleepDelayMs(name: string, now: number): number | null {
  const duration = parseDuration(name);
  if (duration !== null) return duration;
  const until = Date.parse(name);
  return Number.isNaN(until) ? null : Math.max(0, until - now);
}
