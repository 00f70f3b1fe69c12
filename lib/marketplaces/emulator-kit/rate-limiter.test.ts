import { describe, expect, it } from "vitest";
import { RateLimiter, headerSeconds } from "./rate-limiter";
import { TimeScale } from "./time-scale";

describe("token bucket rate limiter", () => {
  const spec = { burst: 5, intervalMs: 600 };

  it("allows the burst, refuses the next, and refills one token per interval", () => {
    let now = 0;
    const limiter = new RateLimiter(new TimeScale(1), () => now);
    const results = Array.from({ length: 6 }, () => limiter.take("seller|content", spec));
    expect(results.map((r) => r.allowed)).toEqual([true, true, true, true, true, false]);
    expect(results[4]?.remaining).toBe(0);
    expect(results[5]?.retryAfterMs).toBeCloseTo(600);
    expect(results[5]?.resetMs).toBeCloseTo(3000);
    now = 599;
    expect(limiter.take("seller|content", spec).allowed).toBe(false);
    now = 1300;
    expect(limiter.take("seller|content", spec).allowed).toBe(true);
  });

  it("keeps buckets apart per key", () => {
    const limiter = new RateLimiter(new TimeScale(1), () => 0);
    for (let i = 0; i < 5; i++) limiter.take("a|content", spec);
    expect(limiter.take("a|content", spec).allowed).toBe(false);
    expect(limiter.take("b|content", spec).allowed).toBe(true);
    expect(limiter.take("a|prices", spec).allowed).toBe(true);
  });

  it("compresses refill time by the time scale", () => {
    let now = 0;
    const limiter = new RateLimiter(new TimeScale(100), () => now);
    for (let i = 0; i < 5; i++) limiter.take("k", spec);
    const refused = limiter.take("k", spec);
    expect(refused.retryAfterMs).toBeCloseTo(6);
    now = 6.5;
    expect(limiter.take("k", spec).allowed).toBe(true);
  });

  it("reports header seconds as whole numbers, never 0 for a refusal", () => {
    expect(headerSeconds(6)).toBe("1");
    expect(headerSeconds(1500)).toBe("2");
  });
});
