import { ensureEmbeddedDatabaseReady, getDb } from "@/db/client";
import { inngestConnection } from "@/inngest/runner/client-connection";
import { runnerSettings } from "@/inngest/runner/config";
import { resealStoredCredentials } from "@/lib/connections/reseal";
import { restoreSandbox } from "@/lib/connections/sandbox";
import { EnvError, getEnv } from "@/lib/env";

/**
 * Server start-up (Node runtime only): check the configuration, prepare the embedded database, and
 * start the built-in job runner when no Inngest server is configured — so one command runs it all.
 */
export async function startServer(): Promise<void> {
  let env;
  try {
    env = getEnv();
  } catch (error) {
    if (!(error instanceof EnvError)) throw error;
    console.error(`[cardport] ${error.message}\nSee .env.example for every variable.`);
    process.exit(1);
  }
  await ensureEmbeddedDatabaseReady();
  await prepareConnections();
  if (inngestConnection(env).mode === "runner") {
    const { startRunner } = await import("@/inngest/runner/runner");
    // The runner calls this very server back over loopback, whatever the public APP_URL is.
    const runner = await startRunner({ serveUrl: `http://127.0.0.1:${env.PORT}/api/inngest`, db: getDb(), settings: runnerSettings(env) });
    console.log(`[cardport] built-in job runner: event intake ${runner.url}`);
  }
}

/**
 * Re-encrypts stored marketplace keys still under ENCRYPTION_KEY_PREVIOUS and re-registers sandbox
 * sellers in the emulators (their state lives in memory). Neither may keep the app from starting.
 */
async function prepareConnections(): Promise<void> {
  try {
    const { resealed } = await resealStoredCredentials();
    if (resealed > 0) console.log(`[cardport] re-encrypted ${resealed} stored marketplace key(s) under the current ENCRYPTION_KEY`);
  } catch (error) {
    console.error("[cardport] could not re-encrypt stored marketplace keys:", error);
  }
  try {
    await restoreSandbox();
  } catch (error) {
    console.error("[cardport] could not restore sandbox sellers; «Проверить сейчас» on a sandbox connection retries:", error);
  }
}
