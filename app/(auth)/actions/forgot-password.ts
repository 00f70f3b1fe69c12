"use server";

import { headers } from "next/headers";
import { formAction, publicAccess } from "@/lib/actions/form-action";
import { getAuth } from "@/lib/auth/auth";
import { forgotPasswordSchema } from "@/lib/auth/schemas";
import { authMessages } from "@/lib/i18n/messages/auth";

export const forgotPassword = formAction(publicAccess, forgotPasswordSchema, async (input, { locale }) => {
  await getAuth().api.requestPasswordReset({ body: { email: input.email, redirectTo: "/reset-password" }, headers: await headers() });
  // The same answer whether or not the address is registered.
  return { status: "success", message: authMessages[locale].forgot.sent };
});
