import { type Locale, parseLocale } from "./locales";

/** The UI language of a raw request (e-mails sent from auth callbacks have no next/headers). */
export function localeFromCookieHeader(cookieHeader: string | null | undefined): Locale {
  const match = cookieHeader?.match(/(?:^|;\s*)locale=([a-z]{2})/);
  return parseLocale(match?.[1]);
}
