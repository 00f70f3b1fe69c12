import { describe, expect, it } from "vitest";
import { marketplaceEndpoints, REAL_ENDPOINTS } from "./marketplace-config";

describe("marketplaceEndpoints", () => {
  it("uses the real hosts by default", () => {
    expect(marketplaceEndpoints({})).toEqual(REAL_ENDPOINTS);
  });

  it("lets one WB URL serve every host and a per-host URL win over it", () => {
    const endpoints = marketplaceEndpoints({
      OZON_API_URL: "http://127.0.0.1:4001/",
      WB_API_URL: "http://127.0.0.1:4002",
      WB_PRICES_API_URL: "http://prices.local",
    });
    expect(endpoints).toEqual({
      ozon: "http://127.0.0.1:4001",
      wb: {
        content: "http://127.0.0.1:4002",
        prices: "http://prices.local",
        marketplace: "http://127.0.0.1:4002",
        common: "http://127.0.0.1:4002",
      },
    });
  });
});
