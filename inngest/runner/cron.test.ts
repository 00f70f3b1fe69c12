import { describe, expect, it } from "vitest";
import { nextFireTime, parseCron } from "./cron";

const next = (expression: string, after: string) => new Date(nextFireTime(parseCron(expression), Date.parse(after))).toISOString();

describe("cron", () => {
  it("finds the next minute, strictly after the given time", () => {
    expect(next("* * * * *", "2030-01-01T10:00:00.000Z")).toBe("2030-01-01T10:01:00.000Z");
    expect(next("* * * * *", "2030-01-01T10:00:30.000Z")).toBe("2030-01-01T10:01:00.000Z");
    expect(next("*/15 * * * *", "2030-01-01T10:16:00.000Z")).toBe("2030-01-01T10:30:00.000Z");
  });

  it("handles hours, lists, ranges, names and macros", () => {
    expect(next("0 9-17/4 * * *", "2030-01-01T14:00:00.000Z")).toBe("2030-01-01T17:00:00.000Z");
    expect(next("30 6 * * MON-FRI", "2030-01-04T07:00:00.000Z")).toBe("2030-01-07T06:30:00.000Z"); // Fri → Mon
    expect(next("0 0 1 JAN,JUL *", "2030-02-10T00:00:00.000Z")).toBe("2030-07-01T00:00:00.000Z");
    expect(next("@hourly", "2030-01-01T10:59:59.000Z")).toBe("2030-01-01T11:00:00.000Z");
    expect(next("0 0 * * 7", "2030-01-01T00:00:00.000Z")).toBe("2030-01-06T00:00:00.000Z"); // 7 = Sunday
  });

  it("ORs day-of-month and day-of-week when both are restricted", () => {
    // The 13th or any Friday: Friday 4 Jan 2030 comes before the 13th.
    expect(next("0 0 13 * 5", "2030-01-01T00:00:00.000Z")).toBe("2030-01-04T00:00:00.000Z");
    expect(next("0 0 29 2 *", "2030-03-01T00:00:00.000Z")).toBe("2032-02-29T00:00:00.000Z");
  });

  it("fires at the wall-clock time of a TZ= prefix, across DST changes", () => {
    expect(next("TZ=Europe/Moscow 0 9 * * *", "2030-01-01T00:00:00.000Z")).toBe("2030-01-01T06:00:00.000Z");
    // Berlin switches to summer time on 31 Mar 2030: 09:00 is 08:00Z before and 07:00Z after.
    expect(next("TZ=Europe/Berlin 0 9 * * *", "2030-03-30T09:00:00.000Z")).toBe("2030-03-31T07:00:00.000Z");
    // 02:30 does not exist that night in Berlin: the next fire is the following day.
    expect(next("TZ=Europe/Berlin 30 2 * * *", "2030-03-30T12:00:00.000Z")).toBe("2030-04-01T00:30:00.000Z");
  });

  it("rejects malformed expressions", () => {
    expect(() => parseCron("* * * *")).toThrow();
    expect(() => parseCron("61 * * * *")).toThrow();
    expect(() => parseCron("*/0 * * * *")).toThrow();
    expect(() => parseCron("TZ=Mars/Olympus * * * * *")).toThrow();
  });
});
