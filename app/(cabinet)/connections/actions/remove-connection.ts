"use server";

import { formAction } from "@/lib/actions/form-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { authorizeOrganisation } from "@/lib/auth/session";
import { formResult } from "@/lib/connections/form-result";
import { removeConnection as remove } from "@/lib/connections/manage";
import { connectionIdSchema } from "@/lib/connections/schemas";
import { connectionsMessages } from "@/lib/i18n/messages/connections";

export const removeConnection = formAction(authorizeOrganisation, connectionIdSchema, async (input, { user, organisation, locale }) => {
  const result = await remove(organisation.id, input.connectionId);
  if (result.ok) {
    await recordAudit({ action: "connection.removed", actorUserId: user.id, organisationId: organisation.id, targetType: "connection", targetId: input.connectionId });
  }
  return formResult(result, connectionsMessages[locale], connectionsMessages[locale].results.removed);
});
