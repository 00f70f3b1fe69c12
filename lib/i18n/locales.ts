import { z } from "zod";

export const locales = ["ru", "en"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "ru";
export const LOCALE_COOKIE = "locale";

export const localeSchema = z.enum(locales);

/** Any untrusted value (cookie, form field) → a supported locale; Russian when unknown. */
export function parseLocale(value: unknown): Locale {
  const parsed = localeSchema.safeParse(value);
  return parsed.success ? parsed.data : defaultLocale;
}
