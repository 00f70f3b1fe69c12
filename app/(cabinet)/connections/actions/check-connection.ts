"use server";

import { formAction } from "@/lib/actions/form-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { authorizeOrganisation } from "@/lib/auth/session";
import { formResult } from "@/lib/connections/form-result";
import { recheckConnection } from "@/lib/connections/manage";
import { connectionIdSchema } from "@/lib/connections/schemas";
import { connectionsMessages } from "@/lib/i18n/messages/connections";

export const checkConnection = formAction(authorizeOrganisation, connectionIdSchema, async (input, { user, organisation, locale }) => {
  const t = connectionsMessages[locale];
  const result = await recheckConnection(organisation.id, input.connectionId);
  if (!result.ok) return formResult(result, t, "");
  await recordAudit({
    action: "connection.checked",
    actorUserId: user.id,
    organisationId: organisation.id,
    targetType: "connection",
    targetId: input.connectionId,
    metadata: { ok: result.value.ok },
  });
  return formResult(result, t, result.value.ok ? t.results.checkedOk : t.results.checkedFailed);
});
