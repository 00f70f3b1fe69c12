import { describe, expect, it } from "vitest";
import { seededEventIds, ulid } from "./ids";

describe("ids", () => {
  it("makes sortable 26-character ULIDs", () => {
    const [a, b] = [ulid(1000), ulid(2000)];
    expect(a).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
    expect(a < b).toBe(true);
  });

  it("derives the same ids from the same send seed, so a retried send dedupes", () => {
    const first = seededEventIds("1700000000000,YWJjZGVmZ2hpag==", 2);
    expect(first).toEqual(seededEventIds("1700000000000,YWJjZGVmZ2hpag==", 2));
    expect(first[0]).not.toBe(first[1]);
    expect(seededEventIds("1700000000000,b3RoZXI=", 1)[0]).not.toBe(first[0]);
    expect(seededEventIds(null, 2)).toEqual([undefined, undefined]);
  });
});
