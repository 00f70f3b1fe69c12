import { describe, expect, it } from "vitest";
import { admit, gcraFor, reserve } from "./gcra";

describe("GCRA reservation (throttle)", () => {
  it("lets limit + burst start at once, then one per period/limit, in arrival order", () => {
    const gcra = gcraFor(2, 1000, 1); // interval 500 ms, capacity 3
    let tat: number | null = null;
    const starts: number[] = [];
    for (let i = 0; i < 6; i++) {
      const slot = reserve(tat, 10_000, gcra);
      starts.push(slot.startAt - 10_000);
      tat = slot.tat;
    }
    expect(starts).toEqual([0, 0, 0, 500, 1000, 1500]);
  });

  it("refills after idle time but never banks more than the capacity", () => {
    const gcra = gcraFor(1, 1000);
    const first = reserve(null, 0, gcra);
    expect(reserve(first.tat, 5000, gcra).startAt).toBe(5000);
    const afterIdle = reserve(first.tat, 5000, gcra);
    expect(reserve(afterIdle.tat, 5000, gcra).startAt).toBe(6000);
  });
});

describe("GCRA admission (rate limit)", () => {
  it("admits `limit` arrivals per period and refuses the rest without consuming capacity", () => {
    const gcra = gcraFor(2, 1000);
    let tat: number | null = null;
    const results = [0, 0, 0, 400, 500, 600].map((now) => {
      const result = admit(tat, now, gcra);
      tat = result.tat;
      return result.allowed;
    });
    expect(results).toEqual([true, true, false, false, true, false]);
  });
});
