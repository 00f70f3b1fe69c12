/*
 * Generic cell rate algorithm on a theoretical arrival time (TAT). `interval` is the spacing of
 * sustained arrivals (period / limit) and `capacity` how many may arrive at once.
 */
export type Gcra = { intervalMs: number; capacity: number };

export function gcraFor(limit: number, periodMs: number, burst = 0): Gcra {
  return { intervalMs: periodMs / limit, capacity: limit + burst };
}

/**
 * Reserves the earliest slot at or after `now`: a throttled run starts at `startAt` and the next
 * caller queues behind it, so starts stay FIFO and nothing is dropped.
 */
export function reserve(tat: number | null, now: number, gcra: Gcra): { startAt: number; tat: number } {
  const current = Math.max(tat ?? now, now);
  const tolerance = (gcra.capacity - 1) * gcra.intervalMs;
  const startAt = Math.max(now, current - tolerance);
  return { startAt, tat: Math.max(current, startAt) + gcra.intervalMs };
}

/** Rate limiting: admits the arrival only if it conforms now; a refused arrival leaves the state alone. */
export function admit(tat: number | null, now: number, gcra: Gcra): { allowed: boolean; tat: number | null } {
  const slot = reserve(tat, now, gcra);
  return slot.startAt <= now ? { allowed: true, tat: slot.tat } : { allowed: false, tat };
}
