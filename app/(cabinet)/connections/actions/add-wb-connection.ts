"use server";

import { formAction } from "@/lib/actions/form-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { authorizeOrganisation } from "@/lib/auth/session";
import { formResult } from "@/lib/connections/form-result";
import { addConnection } from "@/lib/connections/manage";
import { addWbSchema } from "@/lib/connections/schemas";
import { connectionsMessages } from "@/lib/i18n/messages/connections";

export const addWbConnection = formAction(authorizeOrganisation, addWbSchema, async (input, { user, organisation, locale }) => {
  const result = await addConnection({ organisationId: organisation.id, name: input.name, credentials: { marketplace: "wb", token: input.token } });
  await recordAudit({
    action: result.ok ? "connection.created" : "connection.check_refused",
    actorUserId: user.id,
    organisationId: organisation.id,
    targetType: "connection",
    targetId: result.ok ? result.value.id : undefined,
    metadata: { marketplace: "wb", ...(result.ok ? {} : { reason: result.failure.code }) },
  });
  return formResult(result, connectionsMessages[locale], connectionsMessages[locale].results.added(input.name));
});
