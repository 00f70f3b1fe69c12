/**
 * The runner as its own process:
 *   npx tsx inngest/runner/main.ts --serve-url http://localhost:3000/api/inngest --port 8288
 * Uses the app's database (DATABASE_URL, else the embedded PGlite) and RUNNER_* settings.
 */
import { parseArgs } from "node:util";
import { closeDatabase, ensureEmbeddedDatabaseReady, getDb } from "@/db/client";
import { getEnv } from "@/lib/env";
import { runnerSettings } from "./config";
import { startRunner } from "./runner";

const { values } = parseArgs({
  options: { "serve-url": { type: "string" }, port: { type: "string" }, host: { type: "string" } },
});
const serveUrl = values["serve-url"];
if (!serveUrl) {
  console.error("Usage: tsx inngest/runner/main.ts --serve-url <app serve URL> [--port 8288] [--host 127.0.0.1]");
  process.exit(2);
}
const settings = runnerSettings(getEnv());
if (values.port) settings.port = Number(values.port);

await ensureEmbeddedDatabaseReady();
const runner = await startRunner({ serveUrl, db: getDb(), settings, host: values.host });
console.log(`[runner] event intake on ${runner.url}, executing functions of ${serveUrl}`);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, async () => {
    await runner.stop();
    await closeDatabase();
    process.exit(0);
  });
}
