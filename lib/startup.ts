import { ensureEmbeddedDatabaseReady } from "@/db/client";
import { EnvError, getEnv } from "@/lib/env";

/** Server start-up (Node runtime only): check the configuration, then prepare the embedded database. */
export async function startServer(): Promise<void> {
  try {
    getEnv();
  } catch (error) {
    if (!(error instanceof EnvError)) throw error;
    console.error(`[cardport] ${error.message}\nSee .env.example for every variable.`);
    process.exit(1);
  }
  await ensureEmbeddedDatabaseReady();
}
