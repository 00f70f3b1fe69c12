import { getDb } from "@/db/client";
import { auditLog } from "@/db/schema";

export type AuditInput = {
  action: string;
  actorUserId?: string | null;
  organisationId?: string | null;
  targetType?: string;
  targetId?: string;
  metadata?: Record<string, unknown>;
  ipAddress?: string | null;
};

/** Appends one line to the audit log; callers pass only ids and non-secret facts. */
export async function recordAudit(entry: AuditInput): Promise<void> {
  await getDb().insert(auditLog).values({ ...entry, metadata: entry.metadata ?? {} });
}
