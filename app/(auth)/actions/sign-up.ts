"use server";

import { headers } from "next/headers";
import { formAction, publicAccess } from "@/lib/actions/form-action";
import { registerSeller } from "@/lib/auth/register-seller";
import { signUpSchema } from "@/lib/auth/schemas";
import { authMessages } from "@/lib/i18n/messages/auth";

export const signUp = formAction(publicAccess, signUpSchema, async (input, { locale }) => {
  await registerSeller(input, await headers());
  return { status: "success", message: authMessages[locale].signUp.done(input.email), values: { email: input.email } };
});
