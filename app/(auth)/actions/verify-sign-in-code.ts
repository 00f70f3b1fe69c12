"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { formAction, publicAccess } from "@/lib/actions/form-action";
import { getAuth } from "@/lib/auth/auth";
import { safeNextPath } from "@/lib/auth/safe-next";
import { totpSchema } from "@/lib/auth/schemas";
import type { ValidationMessages } from "@/lib/i18n/messages/validation";

const schema = (v: ValidationMessages) => totpSchema(v).extend({ next: z.string().optional() });

/** Second step of a sign-in with 2FA: Better Auth's two-factor cookie identifies the pending user. */
export const verifySignInCode = formAction(publicAccess, schema, async (input) => {
  await getAuth().api.verifyTOTP({ body: { code: input.code }, headers: await headers() });
  redirect(safeNextPath(input.next));
});
