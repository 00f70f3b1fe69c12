"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/actions/form-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { getAuth } from "@/lib/auth/auth";
import { totpSchema } from "@/lib/auth/schemas";
import { authorizeUser } from "@/lib/auth/session";
import { cabinetMessages } from "@/lib/i18n/messages/cabinet";

/** Step 2: the first correct code proves the app is set up, and only then is 2FA on. */
export const confirmTwoFactor = formAction(authorizeUser, totpSchema, async (input, { user, locale }) => {
  await getAuth().api.verifyTOTP({ body: { code: input.code }, headers: await headers() });
  await recordAudit({ action: "user.two_factor_enabled", actorUserId: user.id, targetType: "user", targetId: user.id });
  revalidatePath("/", "layout");
  return { status: "success", message: cabinetMessages[locale].security.twoFactorOn };
});
