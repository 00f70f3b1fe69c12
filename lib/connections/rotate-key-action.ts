import type { FormState } from "@/lib/actions/form-state";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Locale } from "@/lib/i18n/locales";
import { connectionsMessages } from "@/lib/i18n/messages/connections";
import type { StoredCredentials } from "./credentials";
import { formResult } from "./form-result";
import { rotateConnectionKey } from "./manage";

/** The shared body of the Ozon and WB "replace key" actions (only the form fields differ). */
export async function rotateKeyAndRecord(
  ctx: { user: { id: string }; organisation: { id: string }; locale: Locale },
  connectionId: string,
  next: StoredCredentials,
): Promise<FormState> {
  const result = await rotateConnectionKey(ctx.organisation.id, connectionId, next);
  await recordAudit({
    action: result.ok ? "connection.key_rotated" : "connection.check_refused",
    actorUserId: ctx.user.id,
    organisationId: ctx.organisation.id,
    targetType: "connection",
    targetId: connectionId,
    metadata: { marketplace: next.marketplace, ...(result.ok ? {} : { reason: result.failure.code }) },
  });
  return formResult(result, connectionsMessages[ctx.locale], connectionsMessages[ctx.locale].results.rotated);
}
