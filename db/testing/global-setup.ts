import { createFreshDatabase } from "./fresh-database";

/**
 * Vitest global setup for integration tests: with DATABASE_URL, a fresh PostgreSQL database per run
 * (migrated here, dropped afterwards); without it, each test file gets an in-memory PGlite that
 * db/testing/with-test-database.ts migrates.
 */
export default async function setup() {
  const baseUrl = process.env.DATABASE_URL;
  process.env.BETTER_AUTH_SECRET ??= "test-secret-".padEnd(48, "x");
  if (!baseUrl) {
    process.env.PGLITE_DATA_DIR = "memory://";
    return;
  }
  const fresh = await createFreshDatabase(baseUrl, "cardport_test");
  process.env.DATABASE_URL = fresh.url;
  const { migrateDatabase, closeDatabase } = await import("../client");
  await migrateDatabase();
  await closeDatabase();
  return async () => {
    await fresh.drop();
  };
}
