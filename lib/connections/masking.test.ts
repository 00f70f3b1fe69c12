import { describe, expect, it } from "vitest";
import { credentialsHint, maskClientId, maskSecret } from "./masking";

describe("masking", () => {
  it("shows the ends of an Ozon Client-Id and the last four of the Api-Key", () => {
    const hint = credentialsHint({ marketplace: "ozon", clientId: "1234589", apiKey: "0b7c2d8e-1111-2222-3333-00000000a1b2" });
    expect(hint).toBe("Client-Id 12…89 · Api-Key ••••a1b2");
    expect(hint).not.toContain("0b7c2d8e");
    expect(hint).not.toContain("1234589");
  });

  it("shows only the last four characters of a WB token", () => {
    const token = "eyJhbGciOiJIUzI1NiJ9.eyJvaWQiOjF9.signature-wxyz";
    expect(credentialsHint({ marketplace: "wb", token })).toBe("Token ••••wxyz");
  });

  it("hides short values completely", () => {
    expect(maskClientId("12345")).toBe("••••");
    expect(maskSecret("short-key")).toBe("••••");
    expect(maskSecret("  ")).toBe("••••");
  });
});
