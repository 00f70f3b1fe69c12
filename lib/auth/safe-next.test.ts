import { describe, expect, it } from "vitest";
import { safeNextPath } from "./safe-next";

describe("safeNextPath", () => {
  it("keeps same-site paths", () => {
    expect(safeNextPath("/catalog?page=2")).toBe("/catalog?page=2");
  });

  it("refuses anything that could leave the site", () => {
    for (const value of ["https://evil.example", "//evil.example", "/\\evil.example", "catalog", undefined, 42]) {
      expect(safeNextPath(value)).toBe("/dashboard");
    }
  });
});
