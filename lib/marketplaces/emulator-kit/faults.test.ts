import { describe, expect, it } from "vitest";
import { FaultInjector } from "./faults";

describe("fault injection", () => {
  it("gives the same fault sequence for the same seed and a different one for another seed", () => {
    const config = { seed: 42, errorRate: 0.2, timeoutRate: 0.1, dropRate: 0.1, malformedRate: 0.1, throttleRate: 0.1 };
    const run = (seed: number) => {
      const faults = new FaultInjector({ ...config, seed });
      return Array.from({ length: 50 }, () => faults.decide());
    };
    expect(run(42)).toEqual(run(42));
    expect(run(42)).not.toEqual(run(43));
    expect(new Set(run(42))).toEqual(new Set([null, "error", "timeout", "drop", "malformed", "throttle"]));
  });

  it("answers a forced burst of 429s first, then nothing", () => {
    const faults = new FaultInjector({ burst429: 2 });
    expect([faults.decide(), faults.decide(), faults.decide()]).toEqual(["throttle", "throttle", null]);
    expect(faults.injected.throttle).toBe(2);
  });

  it("rejects shares that add up to more than 1", () => {
    expect(() => new FaultInjector({ errorRate: 0.7, dropRate: 0.5 })).toThrow(/at most 1/);
  });
});
