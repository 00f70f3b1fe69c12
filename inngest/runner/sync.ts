import { and, eq, notInArray } from "drizzle-orm";
import type { Database } from "@/db/client";
import { jobCronSchedules, jobFunctions } from "@/db/schema/jobs";
import { nextFireTime, parseCron } from "./cron";
import { headers, inBandSyncResponseSchema, type FunctionConfig } from "./protocol";

export type SyncResult = { appId: string; functions: FunctionConfig[] };

/** Asks the serve endpoint for its functions (in-band sync: PUT with x-inngest-sync-kind: in_band). */
export async function fetchAppConfig(serveUrl: string): Promise<SyncResult> {
  const response = await fetch(serveUrl, {
    method: "PUT",
    headers: { "content-type": "application/json", [headers.syncKind]: "in_band" },
    body: JSON.stringify({ url: serveUrl }),
    signal: AbortSignal.timeout(30_000),
  });
  const text = await response.text();
  if (!response.ok || response.headers.get(headers.syncKind) !== "in_band") {
    throw new Error(`In-band sync with ${serveUrl} failed: HTTP ${response.status} ${text.slice(0, 300)}`);
  }
  const body = inBandSyncResponseSchema.parse(JSON.parse(text));
  return { appId: body.app_id, functions: body.functions };
}

function cronsOf(config: FunctionConfig): string[] {
  return config.triggers.flatMap((trigger) => ("cron" in trigger ? [trigger.cron] : []));
}

/** Stores the app's functions (deactivating ones it no longer serves) and their cron schedules. */
export async function storeAppConfig(db: Database, app: SyncResult, now: number): Promise<void> {
  const ids = app.functions.map((fn) => fn.id);
  await db.transaction(async (tx) => {
    for (const config of app.functions) {
      const row = { appId: app.appId, name: config.name ?? config.id, config, active: true, syncedAt: new Date(now) };
      await tx.insert(jobFunctions).values({ id: config.id, ...row }).onConflictDoUpdate({ target: jobFunctions.id, set: row });
    }
    const gone = and(eq(jobFunctions.appId, app.appId), ids.length ? notInArray(jobFunctions.id, ids) : undefined);
    await tx.update(jobFunctions).set({ active: false }).where(gone);
    await tx.delete(jobCronSchedules).where(and(eq(jobCronSchedules.appId, app.appId), ids.length ? notInArray(jobCronSchedules.functionId, ids) : undefined));
    for (const config of app.functions) {
      const crons = cronsOf(config);
      const stale = crons.length ? notInArray(jobCronSchedules.cron, crons) : undefined;
      await tx.delete(jobCronSchedules).where(and(eq(jobCronSchedules.functionId, config.id), stale));
      for (const cron of crons) {
        let nextFireAt: Date;
        try {
          nextFireAt = new Date(nextFireTime(parseCron(cron), now));
        } catch (error) {
          // A bad schedule disables that trigger only, not the sync of every function.
          console.error(`[runner] ${config.id}: cron "${cron}" ignored: ${error instanceof Error ? error.message : error}`);
          continue;
        }
        await tx.insert(jobCronSchedules).values({ appId: app.appId, functionId: config.id, cron, nextFireAt }).onConflictDoNothing();
      }
    }
  });
}

/** One full sync: fetch the config from the app and store it. */
export async function syncApp(db: Database, serveUrl: string, now: number): Promise<SyncResult> {
  const app = await fetchAppConfig(serveUrl);
  await storeAppConfig(db, app, now);
  return app;
}
