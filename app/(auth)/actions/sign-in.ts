"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { formAction, publicAccess } from "@/lib/actions/form-action";
import { getAuth } from "@/lib/auth/auth";
import { safeNextPath } from "@/lib/auth/safe-next";
import { signInSchema } from "@/lib/auth/schemas";
import type { ValidationMessages } from "@/lib/i18n/messages/validation";

const schema = (v: ValidationMessages) => signInSchema(v).extend({ next: z.string().optional() });

export const signIn = formAction(publicAccess, schema, async (input) => {
  const result = await getAuth().api.signInEmail({ body: { email: input.email, password: input.password }, headers: await headers() });
  const next = safeNextPath(input.next);
  if ("twoFactorRedirect" in result && result.twoFactorRedirect) {
    redirect(`/sign-in/two-factor?next=${encodeURIComponent(next)}`);
  }
  redirect(next);
});
