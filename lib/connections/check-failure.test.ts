import { describe, expect, it } from "vitest";
import {
  MarketplaceAuthError,
  MarketplaceNotFoundError,
  MarketplaceRateLimitedError,
  MarketplaceTransientError,
  MarketplaceValidationError,
} from "@/lib/marketplaces/errors";
import { decodeFailure, encodeFailure, failureFromError } from "./check-failure";

const info = { marketplace: "ozon" as const, method: "POST", path: "/v3/product/list", status: 403 };

describe("failureFromError", () => {
  it("tells a wrong key from a key without the needed access", () => {
    expect(failureFromError(new MarketplaceAuthError(info, false), "ozon").code).toBe("wrong-key");
    expect(failureFromError(new MarketplaceAuthError(info, true), "ozon").code).toBe("missing-scope");
  });

  it("treats timeouts, network failures and 5xx as an unreachable API", () => {
    for (const reason of ["timeout", "network", "server", "malformed"] as const) {
      expect(failureFromError(new MarketplaceTransientError(info, reason, false), "wb").code).toBe("unreachable");
    }
  });

  it("maps rate limits, rejections and anything else", () => {
    expect(failureFromError(new MarketplaceRateLimitedError(info, 1000), "ozon").code).toBe("rate-limited");
    expect(failureFromError(new MarketplaceValidationError(info), "ozon").code).toBe("rejected");
    expect(failureFromError(new MarketplaceNotFoundError(info), "ozon").code).toBe("unknown");
    expect(failureFromError(new Error("boom"), "wb")).toEqual({ code: "unknown", marketplace: "wb" });
  });
});

describe("stored failures", () => {
  it("round-trips a code with the missing WB categories", () => {
    const failure = { code: "missing-scope" as const, marketplace: "wb" as const, missing: ["prices", "marketplace"] };
    expect(encodeFailure(failure)).toBe("missing-scope:prices,marketplace");
    expect(decodeFailure(encodeFailure(failure), "wb")).toEqual(failure);
  });

  it("reads an unknown stored value as an unknown failure", () => {
    expect(decodeFailure("something odd", "ozon")).toEqual({ code: "unknown", marketplace: "ozon" });
  });
});
