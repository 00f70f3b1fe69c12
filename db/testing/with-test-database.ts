import { afterAll, beforeAll } from "vitest";
import { closeDatabase, ensureEmbeddedDatabaseReady } from "../client";

/**
 * Call at the top of an integration test file that touches the database: PostgreSQL was migrated by
 * the global setup; an in-memory PGlite is opened and migrated for this file.
 */
export function withTestDatabase() {
  beforeAll(async () => {
    await ensureEmbeddedDatabaseReady();
  }, 60_000);
  afterAll(async () => {
    await closeDatabase();
  });
}
