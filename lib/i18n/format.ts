import type { Locale } from "./locales";

const intlLocale: Record<Locale, string> = { ru: "ru-RU", en: "en-GB" };

/**
 * Money stored as integer minor units (kopecks for RUB) → "1 990 ₽". Whole amounts drop the
 * fraction; the currency's own number of fraction digits decides how minor units scale.
 */
export function formatMoney(amountMinor: number, currency: string, locale: Locale): string {
  const digits = new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2;
  const amount = amountMinor / 10 ** digits;
  return new Intl.NumberFormat(intlLocale[locale], {
    style: "currency",
    currency,
    currencyDisplay: "narrowSymbol",
    minimumFractionDigits: Number.isInteger(amount) ? 0 : digits,
    maximumFractionDigits: digits,
  }).format(amount);
}
