import { closeDatabase, migrateDatabase } from "./client";

/** `npm run db:migrate`: applies db/migrations to DATABASE_URL, or to the embedded database. */
async function main() {
  await migrateDatabase();
  await closeDatabase();
  console.log("Migrations applied.");
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
