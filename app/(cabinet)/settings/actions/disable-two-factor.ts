"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/actions/form-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { getAuth } from "@/lib/auth/auth";
import { passwordOnlySchema } from "@/lib/auth/schemas";
import { authorizeUser } from "@/lib/auth/session";
import { cabinetMessages } from "@/lib/i18n/messages/cabinet";

export const disableTwoFactor = formAction(authorizeUser, passwordOnlySchema, async (input, { user, locale }) => {
  await getAuth().api.disableTwoFactor({ body: { password: input.password }, headers: await headers() });
  await recordAudit({ action: "user.two_factor_disabled", actorUserId: user.id, targetType: "user", targetId: user.id });
  revalidatePath("/", "layout");
  return { status: "success", message: cabinetMessages[locale].security.twoFactorOff };
});
