import { createHash } from "node:crypto";
import { systemClock, type Clock } from "./clock";
import { RateLimiter, type BucketSpec } from "./emulator-kit/rate-limiter";
import { TimeScale } from "./emulator-kit/time-scale";

/**
 * Client-side throttling: one token bucket per (credential, method group), using the same bucket
 * math as the emulators, plus a hold-off that a 429 sets so every caller of the key waits out the
 * marketplace's Retry-After, not just the one that was refused.
 */
export interface ThrottleOptions {
  clock?: Clock;
  /** Sandbox emulators may run limits faster; the client must follow the same scale. */
  timeScale?: number;
  /** Spacing a little wider than published absorbs network jitter so the server never sees a burst. */
  margin?: number;
  /**
   * Burst tokens left unused. The server's bucket starts when the first request arrives; a slow
   * first request (a TLS handshake) makes it start later than ours, and one spare token absorbs that.
   */
  headroom?: number;
}

const DEFAULT_MARGIN = 1.03;
const DEFAULT_HEADROOM = 1;

export class Throttle {
  private readonly clock: Clock;
  private readonly limiter: RateLimiter;
  private readonly margin: number;
  private readonly headroom: number;
  private readonly holdUntil = new Map<string, number>();

  constructor(options: ThrottleOptions = {}) {
    this.clock = options.clock ?? systemClock;
    this.margin = options.margin ?? DEFAULT_MARGIN;
    this.headroom = options.headroom ?? DEFAULT_HEADROOM;
    this.limiter = new RateLimiter(new TimeScale(options.timeScale ?? 1), () => this.clock.now());
  }

  /** Waits until one request of `key` may be sent; returns the milliseconds waited. */
  async acquire(key: string, spec: BucketSpec, signal?: AbortSignal): Promise<number> {
    const started = this.clock.now();
    const padded = this.padded(spec);
    for (;;) {
      const hold = (this.holdUntil.get(key) ?? 0) - this.clock.now();
      if (hold > 0) {
        await this.clock.sleep(hold, signal);
        continue;
      }
      const taken = this.limiter.take(key, padded);
      if (taken.allowed) return this.clock.now() - started;
      await this.clock.sleep(taken.retryAfterMs, signal);
    }
  }

  /** The marketplace refused with 429: nobody sends on `key` for the next `ms`. */
  holdOff(key: string, ms: number): void {
    const until = this.clock.now() + ms;
    this.holdUntil.set(key, Math.max(this.holdUntil.get(key) ?? 0, until));
  }

  /** Spends `extra` more tokens (WB counts a 4xx on some hosts as several requests). */
  charge(key: string, spec: BucketSpec, extra: number): void {
    const padded = this.padded(spec);
    for (let i = 0; i < extra; i += 1) this.limiter.take(key, padded);
  }

  private padded(spec: BucketSpec): BucketSpec {
    return { burst: Math.max(1, spec.burst - this.headroom), intervalMs: spec.intervalMs * this.margin };
  }
}

/** One throttle per process, so two clients of the same seller share its buckets. */
let shared: Throttle | undefined;
export function sharedThrottle(): Throttle {
  shared ??= new Throttle();
  return shared;
}

/** A stable, non-secret name for a credential in throttle keys and logs. */
export function credentialKey(...parts: string[]): string {
  return createHash("sha256").update(parts.join("\u0000")).digest("hex").slice(0, 16);
}
