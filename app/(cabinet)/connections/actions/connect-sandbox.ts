"use server";

import { formAction } from "@/lib/actions/form-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { authorizeOrganisation } from "@/lib/auth/session";
import { formResult } from "@/lib/connections/form-result";
import { connectSandbox } from "@/lib/connections/sandbox";
import { connectSandboxSchema } from "@/lib/connections/schemas";
import { connectionsMessages } from "@/lib/i18n/messages/connections";

export const connectSandboxAction = formAction(authorizeOrganisation, connectSandboxSchema, async (input, { user, organisation, locale }) => {
  const t = connectionsMessages[locale];
  let result;
  try {
    result = await connectSandbox({ organisationId: organisation.id, products: input.products, names: t.sandbox.names });
  } catch (error) {
    console.error("[cardport] sandbox could not be created:", error);
    return { status: "error", message: t.results.sandboxUnavailable };
  }
  if (result.ok) {
    for (const id of result.ids) {
      await recordAudit({
        action: "connection.created",
        actorUserId: user.id,
        organisationId: organisation.id,
        targetType: "connection",
        targetId: id,
        metadata: { environment: "sandbox", products: input.products },
      });
    }
  }
  return formResult(result.ok ? { ok: true, value: undefined } : result, t, t.results.sandboxAdded);
});
