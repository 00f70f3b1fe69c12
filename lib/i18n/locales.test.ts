import { describe, expect, it } from "vitest";
import { parseLocale } from "./locales";
import { localeFromCookieHeader } from "./locale-from-cookie-header";

describe("parseLocale", () => {
  it("accepts the supported locales", () => {
    expect(parseLocale("ru")).toBe("ru");
    expect(parseLocale("en")).toBe("en");
  });

  it("falls back to Russian for anything else", () => {
    for (const value of [undefined, null, "", "de", "EN", "en-US", 42]) expect(parseLocale(value)).toBe("ru");
  });
});

describe("localeFromCookieHeader", () => {
  it("reads the locale cookie among others and ignores look-alikes", () => {
    expect(localeFromCookieHeader("a=1; locale=en; b=2")).toBe("en");
    expect(localeFromCookieHeader("xlocale=en")).toBe("ru");
    expect(localeFromCookieHeader(null)).toBe("ru");
  });
});
