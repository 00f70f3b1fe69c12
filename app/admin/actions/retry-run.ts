"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/db/client";
import { retryRun as retryRunQuery } from "@/inngest/runner/admin-queries";
import { formAction } from "@/lib/actions/form-action";
import { runActionSchema } from "@/lib/admin/job-schemas";
import { recordAudit } from "@/lib/audit/record-audit";
import { authorizeAdmin } from "@/lib/auth/session";
import { adminMessages } from "@/lib/i18n/messages/admin";

export const retryRun = formAction(authorizeAdmin, runActionSchema, async ({ runId }, { user, locale }) => {
  const t = adminMessages[locale].jobs;
  if (!(await retryRunQuery(getDb(), runId))) return { status: "error", message: t.notRetriable };
  await recordAudit({ action: "admin.job_retried", actorUserId: user.id, targetType: "job_run", targetId: runId });
  revalidatePath("/admin/jobs", "layout");
  return { status: "success", message: t.retried };
});
