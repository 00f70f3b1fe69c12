import { describe, expect, it } from "vitest";
import { formatMoney } from "./format";

// Intl uses narrow no-break spaces as group separators in ru-RU; normalise them for readable asserts.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

describe("formatMoney", () => {
  it("turns kopecks into whole roubles without a fraction", () => {
    expect(plain(formatMoney(199_000, "RUB", "ru"))).toBe("1 990 ₽");
  });

  it("keeps kopecks when the amount is not whole", () => {
    expect(plain(formatMoney(199_050, "RUB", "ru"))).toBe("1 990,50 ₽");
  });

  it("formats for English readers with the same amount", () => {
    expect(plain(formatMoney(1_490_000, "RUB", "en"))).toBe("₽14,900");
  });

  it("scales by the currency's own minor unit (JPY has none)", () => {
    expect(plain(formatMoney(500, "JPY", "en"))).toBe("¥500");
  });
});
