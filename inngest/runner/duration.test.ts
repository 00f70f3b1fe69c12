import { describe, expect, it } from "vitest";
import { parseDuration, sleepDelayMs } from "./duration";

describe("durations", () => {
  it("parses the SDK's time strings", () => {
    expect(parseDuration("30s")).toBe(30_000);
    expect(parseDuration("1h30m10s")).toBe(5_410_000);
    expect(parseDuration("2d")).toBe(172_800_000);
    expect(parseDuration("1w")).toBe(604_800_000);
    expect(parseDuration("500ms")).toBe(500);
    expect(parseDuration("soon")).toBeNull();
    expect(parseDuration("10")).toBeNull();
  });

  it("reads a Sleep op name as a duration or a time to sleep until", () => {
    const now = Date.parse("2030-01-01T00:00:00.000Z");
    expect(sleepDelayMs("1m", now)).toBe(60_000);
    expect(sleepDelayMs("2030-01-01T00:00:05.000Z", now)).toBe(5000);
    expect(sleepDelayMs("2029-12-31T00:00:00.000Z", now)).toBe(0);
    expect(sleepDelayMs("whenever", now)).toBeNull();
  });
});
