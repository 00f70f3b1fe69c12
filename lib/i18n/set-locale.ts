"use server";

import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { LOCALE_COOKIE, localeSchema } from "./locales";

const ONE_YEAR_SECONDS = 60 * 60 * 24 * 365;

/** Form action of the language switcher: stores the choice in the `locale` cookie for a year. */
export async function setLocale(formData: FormData): Promise<void> {
  const parsed = localeSchema.safeParse(formData.get("locale"));
  if (!parsed.success) return;
  (await cookies()).set(LOCALE_COOKIE, parsed.data, {
    maxAge: ONE_YEAR_SECONDS,
    sameSite: "lax",
    path: "/",
    httpOnly: true,
  });
  // Every layout renders translated text, so the whole tree must re-render in the new language.
  revalidatePath("/", "layout");
}
