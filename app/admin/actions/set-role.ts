"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/actions/form-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { getAuth } from "@/lib/auth/auth";
import { setRoleSchema } from "@/lib/auth/schemas";
import { authorizeAdmin } from "@/lib/auth/session";
import { adminMessages } from "@/lib/i18n/messages/admin";

export const setRole = formAction(authorizeAdmin, setRoleSchema, async (input, { user, locale }) => {
  const t = adminMessages[locale].users;
  // An admin cannot demote themselves: the last admin would lock everyone out of /admin.
  if (input.userId === user.id) return { status: "error", message: t.notYourself };
  await getAuth().api.setRole({ body: { userId: input.userId, role: input.role }, headers: await headers() });
  await recordAudit({ action: "admin.role_changed", actorUserId: user.id, targetType: "user", targetId: input.userId, metadata: { role: input.role } });
  revalidatePath("/admin");
  return { status: "success", message: t.roleChanged };
});
