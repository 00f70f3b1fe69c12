import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { createFreshDatabase } from "../../db/testing/fresh-database";
import { startEmulators } from "../../lib/marketplaces/emulators";
import { ADMIN, stateFile } from "./fixtures";

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });

async function waitForServer(url: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the app did not answer at ${url} within ${timeoutMs} ms`);
}

/** A fresh database, the first admin seeded through the documented code path, then `next start`. */
export default async function globalSetup() {
  const port = await freePort();
  const runnerPort = await freePort();
  const baseURL = `http://localhost:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    RUNNER_PORT: String(runnerPort),
    APP_URL: baseURL,
    BETTER_AUTH_SECRET: "e2e-secret-".padEnd(48, "e"),
    ENCRYPTION_KEY: "e2e0".repeat(16),
    NEXT_TELEMETRY_DISABLED: "1",
  };
  // Marketplace emulators live in this (Playwright's) process for the whole run: "real" keys typed in
  // the tests reach them instead of the unreachable real hosts, and so does the sandbox.
  const emulators = await startEmulators();
  env.OZON_API_URL = emulators.ozon.url;
  env.WB_API_URL = emulators.wb.url;
  let dropDatabase: (() => Promise<void>) | undefined;
  if (process.env.DATABASE_URL) {
    const fresh = await createFreshDatabase(process.env.DATABASE_URL, "cardport_e2e");
    env.DATABASE_URL = fresh.url;
    dropDatabase = fresh.drop;
  } else {
    env.PGLITE_DATA_DIR = path.join(mkdtempSync(path.join(tmpdir(), "cardport-e2e-")), "pglite");
  }
  Object.assign(process.env, env);

  // Seed in this process, then close: PGlite admits one process at a time.
  const { closeDatabase, migrateDatabase } = await import("../../db/client");
  const { makeAdmin } = await import("../../lib/admin/make-admin");
  await migrateDatabase();
  await makeAdmin(ADMIN);
  await closeDatabase();

  const server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(port)], {
    env,
    stdio: ["ignore", "inherit", "inherit"],
  });
  mkdirSync(path.dirname(stateFile), { recursive: true });
  writeFileSync(stateFile, JSON.stringify({ pid: server.pid, databaseUrl: env.DATABASE_URL ?? null }));
  process.env.E2E_BASE_URL = baseURL;
  await waitForServer(baseURL, 60_000);
  globalThis.__cardportE2eDrop = dropDatabase;
}

declare global {
  var __cardportE2eDrop: (() => Promise<void>) | undefined;
}
