/**
 * Child process of crash-import.int.test.ts: a real serve handler and runner with the catalogue
 * import function, on the database from the environment, against the emulator the parent runs.
 * CRASH_PHASE=1 seeds a connection, sends the import event and prints `pages:<n>` as pages are
 * stored (the parent SIGKILLs it halfway); CRASH_PHASE=2 lets the runner resume and waits for the end.
 */
import { inArray } from "drizzle-orm";
import { closeDatabase, getDb, migrateDatabase } from "@/db/client";
import { catalogImports } from "@/db/schema/catalog";
import { events } from "@/inngest/client";
import { createImportCatalogFunction } from "@/inngest/functions/import-catalog";
import { startTestApp, waitFor } from "@/inngest/runner/testing/harness";
import { createOzonClient } from "@/lib/marketplaces/ozon/client";
import { Throttle } from "@/lib/marketplaces/throttle";
import { seedOzonConnection } from "./seed";

const phase = process.env.CRASH_PHASE;
const timeScale = Number(process.env.OZON_TIME_SCALE ?? 1);
const ozon = createOzonClient({
  baseUrl: process.env.OZON_URL!,
  clientId: process.env.OZON_CLIENT_ID!,
  apiKey: process.env.OZON_API_KEY!,
  throttle: new Throttle({ timeScale }),
});

const db = getDb();
// The parent hands over an empty database of its own (PGlite directory or PostgreSQL database).
await migrateDatabase();
const app = await startTestApp(db, "catalog-crash-test", (client) => [createImportCatalogFunction(client, async () => ozon)], {
  timeScale: 0.001,
  leaseMs: 1000,
});

const imports = () => db.select().from(catalogImports);

if (phase === "1") {
  const scope = await seedOzonConnection("Crash seller");
  await app.client.send(events.catalogImportRequested.create(scope));
  let reported = -1;
  for (;;) {
    const pages = Object.keys((await imports())[0]?.pages ?? {}).length;
    if (pages !== reported) console.log(`pages:${(reported = pages)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
} else {
  const finished = await waitFor(
    async () => (await db.select().from(catalogImports).where(inArray(catalogImports.status, ["succeeded", "failed"])))[0],
    40_000,
    "the resumed import",
  );
  await app.stop();
  await closeDatabase();
  console.log(`import:${finished.status}`);
  process.exit(0);
}
