import { randomUUID } from "node:crypto";
import { getDb } from "@/db/client";
import { type Connection, connections } from "@/db/schema";
import { encodeFailure } from "./check-failure";
import { openCredentials, sealCredentials, type StoredCredentials } from "./credentials";
import { credentialsHint } from "./masking";
import { isConnectionId, ownedBy } from "./queries";
import type { Verification } from "./verify-credentials";

/** Writes shared by the seller's own actions and the sandbox: sealing, masking, health columns. */
export type Environment = Connection["environment"];

export interface NewConnection {
  organisationId: string;
  name: string;
  environment: Environment;
  credentials: StoredCredentials;
}

/** The health columns after a check (success clears the error; a failure keeps the last seller name). */
export function healthAfter(verification: Verification, now = new Date()) {
  return verification.ok
    ? {
        status: "active" as const,
        lastError: null,
        lastCheckedAt: now,
        tokenExpiresAt: verification.tokenExpiresAt,
        ...(verification.sellerName ? { sellerName: verification.sellerName } : {}),
      }
    : { status: "error" as const, lastError: encodeFailure(verification.failure), lastCheckedAt: now };
}

/** The sealed and masked columns of a connection's keys. */
export const credentialColumns = (organisationId: string, credentials: StoredCredentials) => ({
  credentialsCiphertext: sealCredentials(credentials, organisationId),
  credentialsHint: credentialsHint(credentials),
});

/** Inserts checked connections together (a sandbox pair is all or nothing); returns their ids. */
export async function insertCheckedConnections(
  rows: Array<{ connection: NewConnection; verification: Extract<Verification, { ok: true }> }>,
): Promise<string[]> {
  const values = rows.map(({ connection, verification }) => ({
    id: randomUUID(),
    organisationId: connection.organisationId,
    marketplace: connection.credentials.marketplace,
    environment: connection.environment,
    name: connection.name,
    ...credentialColumns(connection.organisationId, connection.credentials),
    ...healthAfter(verification),
  }));
  await getDb().insert(connections).values(values);
  return values.map((value) => value.id);
}

/** The full row and its opened keys, only when the connection belongs to the organisation. */
export async function ownedConnectionWithKeys(
  organisationId: string,
  id: string,
): Promise<{ row: Connection; credentials: StoredCredentials } | null> {
  if (!isConnectionId(id)) return null;
  const [row] = await getDb().select().from(connections).where(ownedBy(organisationId, id)).limit(1);
  return row ? { row, credentials: openCredentials(row.credentialsCiphertext, organisationId) } : null;
}
