import { NonRetriableError, type Inngest } from "inngest";
import { events } from "@/inngest/client";
import { failRunningImport } from "@/lib/catalog/import-records";
import { runCatalogImport, type StepRunner } from "@/lib/catalog/import";
import { MarketplaceAuthError } from "@/lib/marketplaces/errors";
import type { OzonClient } from "@/lib/marketplaces/ozon/client";

/**
 * Imports an Ozon connection's catalogue: one step per listed page (`page-active-<n>`,
 * `page-archived-<n>`), so a killed app resumes at the first page not yet stored. Runs of one
 * connection never overlap; Ozon's 50 rps per Client-Id is kept by the client's own throttle.
 * Built from a client and a key store so tests can run it on their own runner and emulator.
 */
export type OzonClientFor = (organisationId: string, connectionId: string) => Promise<OzonClient>;

export function createImportCatalogFunction(client: Inngest, clientFor: OzonClientFor) {
  return client.createFunction(
    {
      id: "import-catalog",
      name: "Import Ozon catalogue",
      triggers: [events.catalogImportRequested],
      concurrency: { limit: 1, key: "event.data.connectionId" },
      retries: 5,
      onFailure: async ({ event, error }) => {
        const { connectionId } = events.catalogImportRequested.schema.parse(event.data.event.data);
        await failRunningImport(connectionId, error.message);
      },
    },
    async ({ event, step }) => {
      const { organisationId, connectionId } = event.data;
      let ozon: Promise<OzonClient> | undefined;
      // Step results are plain JSON objects, so the recorded value has the type the step returned.
      const run: StepRunner = (id, fn) => step.run(id, () => withClearErrors(fn)) as never;
      return runCatalogImport(run, { organisationId, connectionId, client: () => (ozon ??= clientFor(organisationId, connectionId)) });
    },
  );
}

/** A refused key will not fix itself on retry: fail at once with the seller-facing message. */
async function withClearErrors<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    if (error instanceof MarketplaceAuthError) throw new NonRetriableError(error.userMessage, { cause: error });
    throw error;
  }
}
