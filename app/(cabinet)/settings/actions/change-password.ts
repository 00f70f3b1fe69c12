"use server";

import { headers } from "next/headers";
import { formAction } from "@/lib/actions/form-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { getAuth } from "@/lib/auth/auth";
import { changePasswordSchema } from "@/lib/auth/schemas";
import { authorizeUser } from "@/lib/auth/session";
import { cabinetMessages } from "@/lib/i18n/messages/cabinet";

export const changePassword = formAction(authorizeUser, changePasswordSchema, async (input, { user, locale }) => {
  await getAuth().api.changePassword({
    body: { currentPassword: input.currentPassword, newPassword: input.newPassword, revokeOtherSessions: true },
    headers: await headers(),
  });
  await recordAudit({ action: "user.password_changed", actorUserId: user.id, targetType: "user", targetId: user.id });
  return { status: "success", message: cabinetMessages[locale].security.passwordChanged };
});
