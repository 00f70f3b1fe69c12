import { and, asc, eq } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { connections } from "@/db/schema";

/**
 * Reads of an organisation's connections. Every query filters by the caller's organisation, so an
 * id from another seller finds nothing. Views never include the ciphertext.
 */
const viewColumns = {
  id: connections.id,
  marketplace: connections.marketplace,
  environment: connections.environment,
  name: connections.name,
  credentialsHint: connections.credentialsHint,
  status: connections.status,
  sellerName: connections.sellerName,
  lastCheckedAt: connections.lastCheckedAt,
  lastError: connections.lastError,
  tokenExpiresAt: connections.tokenExpiresAt,
  createdAt: connections.createdAt,
};

export type ConnectionView = {
  [K in keyof typeof viewColumns]: (typeof connections.$inferSelect)[K];
};

/** A malformed id cannot name a connection; checking it first keeps the database from raising. */
export const isConnectionId = (id: string) => z.uuid().safeParse(id).success;

export function ownedBy(organisationId: string, id: string) {
  return and(eq(connections.organisationId, organisationId), eq(connections.id, id));
}

export async function listConnections(organisationId: string): Promise<ConnectionView[]> {
  return getDb()
    .select(viewColumns)
    .from(connections)
    .where(eq(connections.organisationId, organisationId))
    .orderBy(asc(connections.createdAt), asc(connections.name));
}

export async function getConnection(organisationId: string, id: string): Promise<ConnectionView | null> {
  if (!isConnectionId(id)) return null;
  const [row] = await getDb().select(viewColumns).from(connections).where(ownedBy(organisationId, id)).limit(1);
  return row ?? null;
}
