import { parseArgs } from "node:util";
import { closeDatabase, ensureEmbeddedDatabaseReady } from "@/db/client";
import { makeAdmin } from "@/lib/admin/make-admin";

/**
 * npm run admin:create -- --email you@example.com [--password '…' --name 'Имя']
 * Makes that account an admin (creating it when a password is given). Stop the app first when it
 * runs on the embedded database: PGlite allows one process at a time.
 */
async function main() {
  const { values } = parseArgs({ options: { email: { type: "string" }, password: { type: "string" }, name: { type: "string" } } });
  if (!values.email) throw new Error("Usage: npm run admin:create -- --email you@example.com [--password '…'] [--name 'Имя']");
  await ensureEmbeddedDatabaseReady();
  const outcome = await makeAdmin({ email: values.email, password: values.password, name: values.name });
  console.log(`${values.email}: ${outcome === "created" ? "admin account created" : "now an admin"}. Sign in and turn on 2FA to open /admin.`);
  await closeDatabase();
}

main().catch(async (error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  await closeDatabase();
  process.exit(1);
});
