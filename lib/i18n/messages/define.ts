import type { Locale } from "../locales";

/** One area's messages in every locale, all of the same shape. */
export type Messages<T> = Record<Locale, T>;

/**
 * Pairs the Russian messages (the source of truth for the shape) with their English translation.
 * `NoInfer` makes TypeScript take the shape from `ru` only, so a key missing from or added to `en`
 * is a compile error instead of silently widening the type.
 */
export function defineMessages<T>(ru: T, en: NoInfer<T>): Messages<T> {
  return { ru, en };
}
