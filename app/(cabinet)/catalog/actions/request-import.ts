"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { events, inngest } from "@/inngest/client";
import { formAction } from "@/lib/actions/form-action";
import { recordAudit } from "@/lib/audit/record-audit";
import { authorizeOrganisation } from "@/lib/auth/session";
import { failRunningImport, queueImport } from "@/lib/catalog/import-records";
import { ownsOzonConnection } from "@/lib/catalog/queries";
import { catalogMessages } from "@/lib/i18n/messages/catalog";
import type { ValidationMessages } from "@/lib/i18n/messages/validation";

const requestImportSchema = (v: ValidationMessages) =>
  z.object({
    connectionId: z.uuid({ message: v.invalidChoice }),
    mode: z.enum(["full", "incremental"], { message: v.invalidChoice }),
  });

/** "Импортировать каталог" / "Обновить": queue an import of one of the organisation's Ozon connections. */
export const requestImport = formAction(authorizeOrganisation, requestImportSchema, async (input, { user, organisation, locale }) => {
  const t = catalogMessages[locale];
  if (!(await ownsOzonConnection(organisation.id, input.connectionId))) return { status: "error", message: t.connectionNotFound };
  const queued = await queueImport(organisation.id, input.connectionId, input.mode);
  if (!queued.created) return { status: "error", message: t.importAlreadyRunning };
  try {
    await inngest.send(events.catalogImportRequested.create({ organisationId: organisation.id, connectionId: input.connectionId }));
  } catch (error) {
    // Nothing will run it: a queued row left behind would block every later import of the connection.
    await failRunningImport(input.connectionId, error instanceof Error ? error.message : String(error));
    throw error;
  }
  await recordAudit({
    action: "catalog.import_requested",
    actorUserId: user.id,
    organisationId: organisation.id,
    targetType: "connection",
    targetId: input.connectionId,
    metadata: { mode: input.mode },
  });
  revalidatePath("/catalog");
  return { status: "success", message: t.importQueued };
});
