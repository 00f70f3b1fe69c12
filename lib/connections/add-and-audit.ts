import type { FormState } from "@/lib/actions/form-state";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Locale } from "@/lib/i18n/locales";
import { connectionsMessages } from "@/lib/i18n/messages/connections";
import type { StoredCredentials } from "./credentials";
import { formResult } from "./form-result";
import { addConnection } from "./manage";

type Caller = { user: { id: string }; organisation: { id: string }; locale: Locale };

/** The body of both "add connection" actions: check and save the keys, audit the outcome (never the keys). */
export async function addAndAudit({ user, organisation, locale }: Caller, name: string, credentials: StoredCredentials): Promise<FormState> {
  const result = await addConnection({ organisationId: organisation.id, name, credentials });
  await recordAudit({
    action: result.ok ? "connection.created" : "connection.check_refused",
    actorUserId: user.id,
    organisationId: organisation.id,
    targetType: "connection",
    targetId: result.ok ? result.value.id : undefined,
    metadata: { marketplace: credentials.marketplace, ...(result.ok ? {} : { reason: result.failure.code }) },
  });
  const t = connectionsMessages[locale];
  return formResult(result, t, t.results.added(name));
}
