"use server";

import { formAction } from "@/lib/actions/form-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { authorizeOrganisation } from "@/lib/auth/session";
import { formResult } from "@/lib/connections/form-result";
import { renameConnection as rename } from "@/lib/connections/manage";
import { renameSchema } from "@/lib/connections/schemas";
import { connectionsMessages } from "@/lib/i18n/messages/connections";

export const renameConnection = formAction(authorizeOrganisation, renameSchema, async (input, { user, organisation, locale }) => {
  const result = await rename(organisation.id, input.connectionId, input.name);
  if (result.ok) {
    await recordAudit({ action: "connection.renamed", actorUserId: user.id, organisationId: organisation.id, targetType: "connection", targetId: input.connectionId });
  }
  return formResult(result, connectionsMessages[locale], connectionsMessages[locale].results.renamed);
});
