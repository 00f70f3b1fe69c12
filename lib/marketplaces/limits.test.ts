import { describe, expect, it } from "vitest";
import { WB_LIMITS, wbLimitGroup } from "./limits";

describe("wbLimitGroup", () => {
  it.each([
    ["POST", "/content/v2/cards/upload", "cardsWrite"],
    ["POST", "/content/v2/cards/error/list", "cardsWrite"],
    ["POST", "/content/v2/get/cards/list", "content"],
    ["GET", "/content/v2/object/charcs/123", "content"],
    ["GET", "/content/v2/directory/colors", "content"],
    ["GET", "/content/v2/directory/tnved", "content"],
    ["POST", "/content/v3/media/save", "media"],
    ["POST", "/api/v2/upload/task", "prices"],
    ["GET", "/api/v2/history/tasks", "prices"],
    ["PUT", "/api/v3/stocks/77", "stocks"],
    ["GET", "/api/v3/warehouses", "warehouses"],
    ["GET", "/ping", "ping"],
    ["GET", "/api/v1/seller-info", "sellerInfo"],
  ])("%s %s → %s", (method, path, group) => {
    expect(wbLimitGroup(method, path)).toBe(group);
  });

  it("matches the published figures of the main groups", () => {
    expect(WB_LIMITS.content).toEqual({ burst: 5, intervalMs: 600 });
    expect(WB_LIMITS.cardsWrite).toEqual({ burst: 5, intervalMs: 6000 });
    expect(WB_LIMITS.stocks).toMatchObject({ burst: 20, intervalMs: 200, clientErrorCost: 10 });
  });
});
