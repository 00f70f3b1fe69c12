"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/db/client";
import { cancelRun as cancelRunQuery } from "@/inngest/runner/admin-queries";
import { formAction } from "@/lib/actions/form-action";
import { runActionSchema } from "@/lib/admin/job-schemas";
import { recordAudit } from "@/lib/audit/record-audit";
import { authorizeAdmin } from "@/lib/auth/session";
import { adminMessages } from "@/lib/i18n/messages/admin";

export const cancelRun = formAction(authorizeAdmin, runActionSchema, async ({ runId }, { user, locale }) => {
  const t = adminMessages[locale].jobs;
  if (!(await cancelRunQuery(getDb(), runId))) return { status: "error", message: t.notCancellable };
  await recordAudit({ action: "admin.job_cancelled", actorUserId: user.id, targetType: "job_run", targetId: runId });
  revalidatePath("/admin/jobs", "layout");
  return { status: "success", message: t.cancelled };
});
