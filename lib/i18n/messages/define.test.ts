import { describe, expect, it } from "vitest";
import { defineMessages } from "./define";
import { commonMessages } from "./common";
import { marketingMessages } from "./marketing";
import { docsMessages } from "./docs";

/** Every key path of a message tree ("nav.signIn", "faq.0.q"); functions count as leaves. */
function keyPaths(value: unknown, prefix = ""): string[] {
  if (value === null || typeof value !== "object") return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keyPaths(child, prefix ? `${prefix}.${key}` : key));
}

/** Leaves that are strings but blank: an untranslated placeholder slipped in. */
function blankStrings(value: unknown, prefix = ""): string[] {
  if (typeof value === "string") return value.trim() === "" ? [prefix] : [];
  if (value === null || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([key, child]) => blankStrings(child, prefix ? `${prefix}.${key}` : key));
}

describe("defineMessages", () => {
  it("keeps both locales as given", () => {
    const bundle = defineMessages({ hello: "Привет" }, { hello: "Hello" });
    expect(bundle.ru.hello).toBe("Привет");
    expect(bundle.en.hello).toBe("Hello");
  });

  it("rejects an English object with a missing or an extra key at compile time", () => {
    // @ts-expect-error — `bye` is missing from en
    defineMessages({ hello: "Привет", bye: "Пока" }, { hello: "Hello" });
    // @ts-expect-error — `extra` is not in ru
    defineMessages({ hello: "Привет" }, { hello: "Hello", extra: "x" });
    expect(keyPaths({ a: { b: "x" } })).toEqual(["a.b"]);
  });
});

describe.each([
  ["common", commonMessages],
  ["marketing", marketingMessages],
  ["docs", docsMessages],
])("%s messages", (_name, bundle) => {
  it("have the same keys (and list lengths) in Russian and English", () => {
    expect(keyPaths(bundle.en)).toEqual(keyPaths(bundle.ru));
  });

  it("have no blank strings", () => {
    expect(blankStrings(bundle.ru)).toEqual([]);
    expect(blankStrings(bundle.en)).toEqual([]);
  });
});

describe("docs messages", () => {
  it("use the same section ids (URL anchors) in both languages", () => {
    expect(docsMessages.en.sections.map((section) => section.id)).toEqual(docsMessages.ru.sections.map((section) => section.id));
  });
});
