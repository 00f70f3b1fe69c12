import { and, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { connections } from "@/db/schema";
import { isSealedWithOldKey } from "@/lib/crypto";
import { credentialsKeyRing, openCredentials, sealCredentials } from "./credentials";

/**
 * After ENCRYPTION_KEY is rotated (old one in ENCRYPTION_KEY_PREVIOUS), seals every stored key with
 * the new one, so the previous key can then be removed. Safe to run at every start.
 */
export async function resealStoredCredentials(ring = credentialsKeyRing()): Promise<{ resealed: number }> {
  const rows = await getDb()
    .select({ id: connections.id, organisationId: connections.organisationId, ciphertext: connections.credentialsCiphertext })
    .from(connections);
  let resealed = 0;
  for (const row of rows) {
    if (!isSealedWithOldKey(row.ciphertext, ring)) continue;
    const ciphertext = sealCredentials(openCredentials(row.ciphertext, row.organisationId, ring), row.organisationId, ring);
    // Only if nobody replaced the keys in the meantime.
    await getDb()
      .update(connections)
      .set({ credentialsCiphertext: ciphertext })
      .where(and(eq(connections.id, row.id), eq(connections.credentialsCiphertext, row.ciphertext)));
    resealed += 1;
  }
  return { resealed };
}
