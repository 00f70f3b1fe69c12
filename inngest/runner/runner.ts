import { hostname } from "node:os";
import { randomBytes } from "node:crypto";
import type { Database } from "@/db/client";
import type { JobRun } from "@/db/schema/jobs";
import { parseEnv } from "@/lib/env";
import { runnerSettings, type RunnerSettings } from "./config";
import type { RunnerContext } from "./context";
import { fireDueCrons } from "./cron-scheduler";
import { deleteOldEvents, ingestEvents } from "./events";
import { deleteExpiredIdempotencyKeys } from "./flow-control/idempotency";
import { failedEventName, type IncomingEvent, type SerializedError } from "./protocol";
import { startIntakeServer, type IntakeServer } from "./server";
import { syncApp } from "./sync";
import { WorkerPool } from "./worker";

export type RunnerOptions = {
  /** The app's Inngest serve endpoint, e.g. http://localhost:3000/api/inngest. */
  serveUrl: string;
  db: Database;
  settings?: Partial<RunnerSettings>;
  /** Interface of the event intake; loopback by default. */
  host?: string;
  now?: () => number;
  /** How often the app is synced again to pick up changed functions. */
  resyncMs?: number;
};

export type Runner = {
  /** Base URL of the event intake (what the Inngest client's baseUrl points at). */
  url: string;
  appId: () => string | null;
  /** Resolves after the first successful sync. */
  ready: Promise<void>;
  context: RunnerContext;
  send: (events: IncomingEvent[]) => Promise<string[]>;
  sync: () => Promise<void>;
  stop: () => Promise<void>;
};

const cronTickMs = 1000;
const housekeepingMs = 60 * 60 * 1000;

/** Starts the built-in runner: event intake, sync with the app, workers, cron and housekeeping. */
export async function startRunner(options: RunnerOptions): Promise<Runner> {
  const settings = { ...runnerSettings(parseEnv({})), ...options.settings };
  const owner = `${hostname()}:${process.pid}:${randomBytes(4).toString("hex")}`;
  let pool: WorkerPool | null = null;
  let appId: string | null = null;
  const context: RunnerContext = { db: options.db, settings, now: options.now ?? Date.now, wake: () => pool?.wake() };
  const timers: NodeJS.Timeout[] = [];
  let stopped = false;

  const onRunFailed = async (run: JobRun, error: SerializedError) => {
    const data = { function_id: run.functionId, run_id: run.id, error, event: run.event };
    await ingestEvents(context, [{ name: failedEventName, data }]);
  };

  const sync = async () => {
    const app = await syncApp(options.db, options.serveUrl, context.now());
    if (appId === null) {
      appId = app.appId;
      pool = new WorkerPool({ ...context, owner, onRunFailed }, app.appId);
      pool.start();
    }
  };

  // The app may still be starting (in-process runner): retry the first sync until it answers.
  const ready = (async () => {
    for (let delay = 250; !stopped; delay = Math.min(delay * 2, 5000)) {
      try {
        return await sync();
      } catch (error) {
        console.warn(`[runner] waiting for ${options.serveUrl}: ${error instanceof Error ? error.message : error}`);
        await new Promise((resolve) => setTimeout(resolve, delay));
      }
    }
  })();

  const intake: IntakeServer = await startIntakeServer(context, {
    host: options.host ?? "127.0.0.1",
    port: settings.port,
    // Early events wait for the first sync so they find their functions, but not forever.
    beforeIngest: () => Promise.race([ready, new Promise<void>((resolve) => setTimeout(resolve, 10_000).unref())]),
  });

  const every = (ms: number, task: () => Promise<unknown>, what: string) =>
    timers.push(setInterval(() => void task().catch((error) => console.error(`[runner] ${what} failed:`, error)), ms));
  every(cronTickMs, async () => appId && fireDueCrons(context, appId), "cron tick");
  every(options.resyncMs ?? 60_000, sync, "re-sync");
  every(housekeepingMs, () => Promise.all([deleteOldEvents(context), deleteExpiredIdempotencyKeys(options.db, context.now())]), "housekeeping");

  return {
    url: intake.url,
    appId: () => appId,
    ready,
    context,
    send: (events) => ingestEvents(context, events),
    sync,
    stop: async () => {
      stopped = true;
      timers.forEach(clearInterval);
      await intake.close();
      await ready.catch(() => {});
      await pool?.stop();
    },
  };
}
