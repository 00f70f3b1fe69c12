import { describe, expect, it } from "vitest";
import { evaluateCondition, evaluateKey, UnsupportedExpressionError } from "./expression";

const scope = { event: { data: { connectionId: "c1", count: 3, nested: { ok: true } } }, async: { data: { connectionId: "c1" } } };

describe("expressions", () => {
  it("evaluates dotted-path keys", () => {
    expect(evaluateKey("event.data.connectionId", scope)).toBe("c1");
    expect(evaluateKey("event.data.count", scope)).toBe("3");
    expect(evaluateKey("event.data.missing", scope)).toBe("null");
    expect(() => evaluateKey("event.data.a + event.data.b", scope)).toThrow(UnsupportedExpressionError);
  });

  it("evaluates comparisons joined by && and ||", () => {
    expect(evaluateCondition("event.data.connectionId == async.data.connectionId", scope)).toBe(true);
    expect(evaluateCondition("event.data.function_id == 'app-fn'", { event: { data: { function_id: "app-fn" } } })).toBe(true);
    expect(evaluateCondition("event.data.count > 2 && event.data.nested.ok == true", scope)).toBe(true);
    expect(evaluateCondition("event.data.count >= 4 || event.data.connectionId != 'c1'", scope)).toBe(false);
    expect(evaluateCondition("event.data.connectionId == 'a && b'", scope)).toBe(false);
  });

  it("refuses syntax outside the subset instead of guessing", () => {
    expect(() => evaluateCondition("size(event.data.items) > 0", scope)).toThrow(UnsupportedExpressionError);
    expect(() => evaluateCondition("event.data.x.startsWith('a')", scope)).toThrow(UnsupportedExpressionError);
  });
});
