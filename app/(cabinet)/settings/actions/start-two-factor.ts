"use server";

import { headers } from "next/headers";
import { formAction } from "@/lib/actions/form-action";
import { getAuth } from "@/lib/auth/auth";
import { passwordOnlySchema } from "@/lib/auth/schemas";
import { authorizeUser } from "@/lib/auth/session";
import { describeTotpSetup, type TotpSetup } from "@/lib/auth/totp-setup";

/** Step 1 of turning 2FA on: checks the password and hands back the QR code and recovery codes. */
export const startTwoFactor = formAction<Awaited<ReturnType<typeof authorizeUser>>, ReturnType<typeof passwordOnlySchema>, TotpSetup>(
  authorizeUser,
  passwordOnlySchema,
  async (input) => {
    const result = await getAuth().api.enableTwoFactor({ body: { password: input.password }, headers: await headers() });
    if (!("totpURI" in result) || !result.totpURI) throw new Error("Better Auth returned no TOTP URI");
    return { status: "success", data: await describeTotpSetup(result.totpURI, result.backupCodes ?? []) };
  },
);
