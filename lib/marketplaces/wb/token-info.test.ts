import { describe, expect, it } from "vitest";
import { tokenInfo } from "./token-info";

const jwt = (payload: object) =>
  ["eyJhbGciOiJFUzI1NiJ9", Buffer.from(JSON.stringify(payload)).toString("base64url"), "c2ln"].join(".");

describe("tokenInfo", () => {
  it("reads expiry, categories and the read-only flag from the payload", () => {
    // Bits 1 content, 3 prices, 4 marketplace, 30 read-only.
    const s = 2 ** 1 + 2 ** 3 + 2 ** 4 + 2 ** 30;
    const info = tokenInfo(jwt({ exp: 1_900_000_000, s, sid: "seller-uuid", t: false }), new Date("2026-01-01T00:00:00Z"));
    expect(info).toEqual({
      expiresAt: new Date(1_900_000_000_000),
      expired: false,
      scopes: ["content", "prices", "marketplace"],
      readOnly: true,
      sellerId: "seller-uuid",
      test: false,
    });
  });

  it("says when the token has expired", () => {
    expect(tokenInfo(jwt({ exp: 1_700_000_000, s: 2 }), new Date("2026-01-01T00:00:00Z"))?.expired).toBe(true);
  });

  it("returns null for something that is not a JWT", () => {
    expect(tokenInfo("plain-token")).toBeNull();
    expect(tokenInfo("a.%%%.c")).toBeNull();
  });
});
