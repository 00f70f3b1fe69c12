"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/actions/form-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { getAuth } from "@/lib/auth/auth";
import { setBlockedSchema } from "@/lib/auth/schemas";
import { authorizeAdmin } from "@/lib/auth/session";
import { adminMessages } from "@/lib/i18n/messages/admin";

/** Blocking bans the user in Better Auth, which also ends their sessions. */
export const setBlocked = formAction(authorizeAdmin, setBlockedSchema, async (input, { user, locale }) => {
  const t = adminMessages[locale].users;
  if (input.userId === user.id) return { status: "error", message: t.notYourself };
  const requestHeaders = await headers();
  if (input.blocked) await getAuth().api.banUser({ body: { userId: input.userId, banReason: "blocked by admin" }, headers: requestHeaders });
  else await getAuth().api.unbanUser({ body: { userId: input.userId }, headers: requestHeaders });
  await recordAudit({
    action: input.blocked ? "admin.user_blocked" : "admin.user_unblocked",
    actorUserId: user.id,
    targetType: "user",
    targetId: input.userId,
  });
  revalidatePath("/admin");
  return { status: "success", message: input.blocked ? t.blocked : t.unblocked };
});
