import { getDb } from "@/db/client";
import { connections, organisations } from "@/db/schema";

/**
 * An organisation with one sandbox Ozon connection, written straight to the database (tests, the
 * benchmark and the e2e seed). The ciphertext is a placeholder: callers build their Ozon client
 * themselves instead of decrypting stored keys.
 */
export async function seedOzonConnection(name = "Test seller"): Promise<{ organisationId: string; connectionId: string }> {
  const db = getDb();
  const [organisation] = await db.insert(organisations).values({ name }).returning({ id: organisations.id });
  const [connection] = await db
    .insert(connections)
    .values({
      organisationId: organisation!.id,
      marketplace: "ozon",
      environment: "sandbox",
      name: `${name} Ozon`,
      credentialsCiphertext: "test-placeholder",
      credentialsHint: "••••",
    })
    .returning({ id: connections.id });
  return { organisationId: organisation!.id, connectionId: connection!.id };
}
