import { createServer, type RequestListener } from "node:http";
import type { AddressInfo } from "node:net";
import { eq } from "drizzle-orm";
import { Inngest, type InngestFunction } from "inngest";
import { serve } from "inngest/node";
import type { Database } from "@/db/client";
import { jobRuns, jobSteps, type JobRun } from "@/db/schema/jobs";
import type { RunnerSettings } from "../config";
import { startRunner, type Runner } from "../runner";

export type TestApp = { client: Inngest; runner: Runner; serveUrl: string; stop: () => Promise<void> };

/**
 * A real Inngest serve handler (inngest/node) on 127.0.0.1:0 with the given functions, and a runner
 * against `db` executing them. The HTTP server starts first so the runner knows the serve URL, and
 * the client is built afterwards so its baseUrl is the runner's intake.
 */
export async function startTestApp(
  db: Database,
  appId: string,
  build: (client: Inngest) => InngestFunction.Like[],
  settings: Partial<RunnerSettings> = {},
): Promise<TestApp> {
  let handler: RequestListener | null = null;
  const server = createServer((request, response) => {
    if (handler) return handler(request, response);
    response.writeHead(503).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const serveUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/inngest`;
  const runner = await startRunner({ serveUrl, db, settings: { port: 0, pollMs: 25, workers: 4, ...settings } });
  const client = new Inngest({ id: appId, isDev: true, baseUrl: runner.url, checkpointing: false, logger: quietLogger });
  handler = serve({ client, functions: build(client) });
  await runner.ready;
  return {
    client,
    runner,
    serveUrl,
    stop: async () => {
      await runner.stop();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}

const noop = () => {};
/** The SDK logs every expected step error; assertions, not logs, tell what happened. */
export const quietLogger = { info: noop, debug: noop, warn: noop, error: noop };

/** Polls until `check` returns a value (not undefined/false) or fails after `timeoutMs`. */
export async function waitFor<T>(check: () => Promise<T | undefined | false>, timeoutMs = 10_000, what = "condition"): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`Timed out waiting for ${what}`);
}

export async function runsOf(db: Database, functionId: string): Promise<JobRun[]> {
  return db.select().from(jobRuns).where(eq(jobRuns.functionId, functionId)).orderBy(jobRuns.seq);
}

/** Waits for the run of `functionId` started by `eventId` to reach a final status. */
export async function finishedRun(db: Database, functionId: string, eventId: string, timeoutMs = 10_000): Promise<JobRun> {
  return waitFor(
    async () => (await runsOf(db, functionId)).find((run) => run.eventId === eventId && ["completed", "failed", "cancelled"].includes(run.status)),
    timeoutMs,
    `a finished run of ${functionId} for event ${eventId}`,
  );
}

export async function stepsOf(db: Database, runId: string) {
  return db.select().from(jobSteps).where(eq(jobSteps.runId, runId)).orderBy(jobSteps.seq);
}
