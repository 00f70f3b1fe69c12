import { eventType, Inngest } from "inngest";
import { z } from "zod";
import { getEnv } from "@/lib/env";
import { inngestConnection } from "./runner/client-connection";

/*
 * Typed events: each is declared once with its zod schema and used both as a trigger
 * (`triggers: [events.migrationStarted]`) and to send (`inngest.send(events.migrationStarted.create({...}))`).
 */
export const events = {
  catalogImportRequested: eventType("catalog/import.requested", {
    schema: z.object({ organisationId: z.uuid(), connectionId: z.uuid() }),
  }),
  migrationStarted: eventType("migration/started", {
    schema: z.object({ organisationId: z.uuid(), migrationId: z.uuid() }),
  }),
};

const { mode: _mode, ...connection } = inngestConnection(getEnv());

/** The one Inngest client of CardPort. */
export const inngest = new Inngest({ id: "cardport", ...connection });
