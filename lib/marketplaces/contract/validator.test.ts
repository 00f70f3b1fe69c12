import { describe, expect, it } from "vitest";
import { validateRequest, validateResponse } from "./validator";

describe("contract validator (official specs, normalised)", () => {
  it("accepts Ozon's documented quirks: numbers for int64 strings, quants as an array, images as URLs", () => {
    const list = { result: { items: [{ product_id: 1, offer_id: "a", quants: [{ quant_code: "q", quant_size: 1 }] }], total_items: 1, last_id: "" } };
    expect(validateResponse("ozon", "POST", "/v3/product/list", 200, list)).toEqual({ valid: true, errors: [] });
    const attributes = { result: [{ id: 1, images: ["https://x/1.jpg"], sku: 123 }], last_id: "", total: 1 };
    expect(validateResponse("ozon", "POST", "/v4/product/info/attributes", 200, attributes).valid).toBe(true);
    expect(validateRequest("ozon", "POST", "/v3/product/info/list", { product_id: [1, "2"] }).valid).toBe(true);
  });

  it("still rejects real violations", () => {
    const result = validateRequest("ozon", "POST", "/v3/product/list", { filter: { visibility: "NOPE" }, limit: "x" });
    expect(result.valid).toBe(false);
    expect(result.errors.join()).toMatch(/visibility/);
    expect(validateResponse("ozon", "POST", "/v3/product/list", 200, { result: { items: [{ archived: "yes" }] } }).valid).toBe(false);
  });

  it("validates WB query and path parameters and bodies", () => {
    expect(validateRequest("wb", "GET", "/api/v2/history/tasks?uploadID=12", undefined).valid).toBe(true);
    expect(validateRequest("wb", "GET", "/api/v2/history/tasks", undefined).errors).toEqual(["query parameter uploadID is required"]);
    expect(validateRequest("wb", "PUT", "/api/v3/stocks/7", { stocks: [{ chrtId: 1, amount: 200_000 }] }).valid).toBe(false);
    expect(validateRequest("wb", "POST", "/content/v2/cards/upload", [{ subjectID: 105, variants: [{ vendorCode: "a" }] }]).valid).toBe(true);
  });

  it("checks statuses and media types: undocumented statuses fail, 204 has no body, 401 is problem+json", () => {
    expect(validateResponse("wb", "GET", "/ping", 418, {}).errors[0]).toMatch(/not documented/);
    expect(validateResponse("wb", "PUT", "/api/v3/stocks/7", 204, undefined).valid).toBe(true);
    const gateway = { title: "unauthorized", detail: "d", code: "c", requestId: "r", origin: "o", status: 401, statusText: "Unauthorized", timestamp: "2026-01-01T00:00:00Z" };
    expect(validateResponse("wb", "GET", "/ping", 401, gateway, "application/problem+json").valid).toBe(true);
    expect(validateResponse("wb", "GET", "/ping", 401, { title: 1 }, "application/problem+json").valid).toBe(false);
  });
});
