import { describe, expect, it } from "vitest";
import { backoffMs, maxJitterMs, retryAfterMs, retrySchedule } from "./backoff";

describe("backoff", () => {
  it("follows Inngest's schedule 15 s … 2 h and stays at 2 h", () => {
    const none = () => 0;
    expect([0, 1, 2, 3, 4, 9, 15].map((attempt) => backoffMs(attempt, none) / 1000)).toEqual([15, 30, 60, 120, 300, 7200, 7200]);
  });

  it("adds jitter between 0 and 30 s", () => {
    for (const attempt of [0, 3, 12]) {
      const base = retrySchedule[Math.min(attempt, retrySchedule.length - 1)]!;
      for (let i = 0; i < 50; i++) {
        const delay = backoffMs(attempt);
        expect(delay).toBeGreaterThanOrEqual(base);
        expect(delay).toBeLessThan(base + maxJitterMs);
      }
    }
    expect(backoffMs(0, () => 0.999999)).toBe(15_000 + 29_999);
  });

  it("reads Retry-After as seconds or a date", () => {
    expect(retryAfterMs("120", 0)).toBe(120_000);
    expect(retryAfterMs("2030-01-01T00:00:10.000Z", Date.parse("2030-01-01T00:00:00.000Z"))).toBe(10_000);
    expect(retryAfterMs(null, 0)).toBeNull();
    expect(retryAfterMs("soon", 0)).toBeNull();
  });
});
