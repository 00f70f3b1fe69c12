import type { TimeScale } from "./time-scale";

/** A token bucket: `burst` tokens, one token back every `intervalMs` (marketplace time). */
export interface BucketSpec {
  burst: number;
  intervalMs: number;
}

export interface TakeResult {
  allowed: boolean;
  /** Whole tokens left after this request. */
  remaining: number;
  /** Real milliseconds until one token is available (0 when allowed). */
  retryAfterMs: number;
  /** Real milliseconds until the bucket is full again. */
  resetMs: number;
}

interface Bucket {
  tokens: number;
  updatedAt: number;
}

/** Buckets keyed by credential and method group, refilled lazily on each request. */
export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly timeScale: TimeScale,
    private readonly now: () => number = () => performance.now(),
  ) {}

  take(key: string, spec: BucketSpec): TakeResult {
    const interval = this.timeScale.scaled(spec.intervalMs);
    const now = this.now();
    const bucket = this.buckets.get(key) ?? { tokens: spec.burst, updatedAt: now };
    bucket.tokens = Math.min(spec.burst, bucket.tokens + (now - bucket.updatedAt) / interval);
    bucket.updatedAt = now;
    this.buckets.set(key, bucket);
    const allowed = bucket.tokens >= 1;
    if (allowed) bucket.tokens -= 1;
    return {
      allowed,
      remaining: Math.floor(bucket.tokens),
      retryAfterMs: allowed ? 0 : (1 - bucket.tokens) * interval,
      resetMs: (spec.burst - bucket.tokens) * interval,
    };
  }

  /** Empties a bucket, so the next requests are throttled (used by forced 429 bursts in tests). */
  drain(key: string): void {
    this.buckets.set(key, { tokens: 0, updatedAt: this.now() });
  }
}

/** Whole seconds for headers such as Retry-After; never 0 for a refusal. */
export const headerSeconds = (ms: number): string => String(Math.max(1, Math.ceil(ms / 1000)));
