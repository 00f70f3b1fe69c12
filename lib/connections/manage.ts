import { getDb } from "@/db/client";
import { connections } from "@/db/schema";
import { tokenInfo } from "@/lib/marketplaces/wb/token-info";
import type { CheckFailure } from "./check-failure";
import type { StoredCredentials } from "./credentials";
import { endpointsFor } from "./endpoints";
import { getConnection, ownedBy } from "./queries";
import { getSandboxHost, registerSandboxSeller } from "./sandbox";
import { credentialColumns, type Environment, healthAfter, insertCheckedConnections, ownedConnectionWithKeys } from "./store";
import { verifyCredentials } from "./verify-credentials";

/**
 * A seller's connection lifecycle: add (keys checked first, saved only when they work), rename,
 * replace the keys, re-check, remove. Each write names the organisation, so an id belonging to
 * another seller is "not found".
 */
export type ManageFailure = CheckFailure | { code: "not-found" } | { code: "other-account" } | { code: "sandbox-keys" };
export type ManageResult<T = undefined> = { ok: true; value: T } | { ok: false; failure: ManageFailure };

const notFound = { ok: false, failure: { code: "not-found" } } as const;

export async function addConnection(input: {
  organisationId: string;
  name: string;
  credentials: StoredCredentials;
  environment?: Environment;
}): Promise<ManageResult<{ id: string }>> {
  const environment = input.environment ?? "production";
  const verification = await verifyCredentials(input.credentials, await endpointsFor(environment));
  if (!verification.ok) return verification;
  const [id] = await insertCheckedConnections([{ connection: { ...input, environment }, verification }]);
  return { ok: true, value: { id: id! } };
}

export async function renameConnection(organisationId: string, id: string, name: string): Promise<ManageResult> {
  if (!(await getConnection(organisationId, id))) return notFound;
  await getDb().update(connections).set({ name, updatedAt: new Date() }).where(ownedBy(organisationId, id));
  return { ok: true, value: undefined };
}

/** The account a key belongs to, when the key says so (Ozon Client-Id, WB seller id in the token). */
function accountOf(credentials: StoredCredentials): string | null {
  return credentials.marketplace === "ozon" ? credentials.clientId.trim() : (tokenInfo(credentials.token)?.sellerId ?? null);
}

/** New keys for the same account: checked first, then sealed in place of the old ones. */
export async function rotateConnectionKey(organisationId: string, id: string, next: StoredCredentials): Promise<ManageResult> {
  const found = await ownedConnectionWithKeys(organisationId, id);
  if (!found) return notFound;
  if (found.row.environment === "sandbox") return { ok: false, failure: { code: "sandbox-keys" } };
  if (next.marketplace !== found.credentials.marketplace) return { ok: false, failure: { code: "other-account" } };
  const [before, after] = [accountOf(found.credentials), accountOf(next)];
  // Another account's key would silently point the imported catalogue and migrations elsewhere.
  if (before && after && before !== after) return { ok: false, failure: { code: "other-account" } };
  const verification = await verifyCredentials(next, await endpointsFor(found.row.environment));
  if (!verification.ok) return verification;
  await getDb()
    .update(connections)
    .set({ ...credentialColumns(organisationId, next), ...healthAfter(verification), updatedAt: new Date() })
    .where(ownedBy(organisationId, id));
  return { ok: true, value: undefined };
}

/** "Check now": asks the marketplace again and records the health, good or bad. */
export async function recheckConnection(organisationId: string, id: string): Promise<ManageResult<{ ok: boolean }>> {
  const found = await ownedConnectionWithKeys(organisationId, id);
  if (!found) return notFound;
  // Emulators may have restarted since: registering the sandbox seller again is harmless.
  if (found.row.environment === "sandbox") await registerSandboxSeller(await getSandboxHost(), found.credentials);
  const verification = await verifyCredentials(found.credentials, await endpointsFor(found.row.environment));
  await getDb()
    .update(connections)
    .set({ ...healthAfter(verification), updatedAt: new Date() })
    .where(ownedBy(organisationId, id));
  return { ok: true, value: { ok: verification.ok } };
}

/** Works without opening the keys, so even a connection whose key was lost can be removed. */
export async function removeConnection(organisationId: string, id: string): Promise<ManageResult> {
  if (!(await getConnection(organisationId, id))) return notFound;
  await getDb().delete(connections).where(ownedBy(organisationId, id));
  return { ok: true, value: undefined };
}
