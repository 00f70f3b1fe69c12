import { cookies } from "next/headers";
import { LOCALE_COOKIE, type Locale, parseLocale } from "./locales";
import type { Messages } from "./messages/define";

/**
 * The visitor's UI language from the `locale` cookie. No Accept-Language guessing: sellers are
 * Russian-speaking, so Russian unless they switched.
 */
export async function getLocale(): Promise<Locale> {
  return parseLocale((await cookies()).get(LOCALE_COOKIE)?.value);
}

/** The messages of one area in the visitor's language: `const t = await getMessages(marketingMessages)`. */
export async function getMessages<T>(bundle: Messages<T>): Promise<T> {
  return bundle[await getLocale()];
}
