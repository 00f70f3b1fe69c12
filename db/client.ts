import path from "node:path";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import { getEnv } from "@/lib/env";
import * as schema from "./schema";

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

type Handle = { db: Database; kind: "postgres" | "pglite"; close: () => Promise<void> };

/*
 * One handle per process, kept on globalThis: Next bundles route handlers, pages and instrumentation
 * separately, and two PGlite instances on one data directory would corrupt it.
 */
const globalStore = globalThis as typeof globalThis & { __cardportDb?: Handle; __cardportDbReady?: Promise<void> };

export const migrationsFolder = path.join(process.cwd(), "db/migrations");

/** Opens the database on first use — never at import time, so `next build` does not start PGlite. */
export function getDb(): Database {
  globalStore.__cardportDb ??= openDatabase();
  return globalStore.__cardportDb.db;
}

export function databaseKind(): Handle["kind"] {
  getDb();
  return globalStore.__cardportDb!.kind;
}

function openDatabase(): Handle {
  const env = getEnv();
  if (env.DATABASE_URL) {
    const sql = postgres(env.DATABASE_URL, { max: 10, onnotice: () => {} });
    return { db: drizzlePostgres(sql, { schema }) as unknown as Database, kind: "postgres", close: () => sql.end() };
  }
  const dataDir = env.PGLITE_DATA_DIR.startsWith("memory://") ? env.PGLITE_DATA_DIR : path.resolve(env.PGLITE_DATA_DIR);
  const pglite = new PGlite(dataDir);
  return { db: drizzlePglite(pglite, { schema }) as unknown as Database, kind: "pglite", close: () => pglite.close() };
}

/** Applies every pending migration. */
export async function migrateDatabase(): Promise<void> {
  const db = getDb();
  const migrate = databaseKind() === "postgres" ? migratePostgres : migratePglite;
  // Both drivers share the PgDatabase API; the migrators are typed to their own subclass only.
  await migrate(db as never, { migrationsFolder });
}

/**
 * The embedded database migrates itself at start so that a fresh clone just works; PostgreSQL is
 * migrated by `npm run db:migrate` as a deploy step.
 */
export function ensureEmbeddedDatabaseReady(): Promise<void> {
  globalStore.__cardportDbReady ??= databaseKind() === "pglite" ? migrateDatabase() : Promise.resolve();
  return globalStore.__cardportDbReady;
}

export async function closeDatabase(): Promise<void> {
  const handle = globalStore.__cardportDb;
  globalStore.__cardportDb = undefined;
  globalStore.__cardportDbReady = undefined;
  await handle?.close();
}
