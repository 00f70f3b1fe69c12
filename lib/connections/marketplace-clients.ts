import { createOzonClient, type OzonClient, type OzonClientOptions } from "@/lib/marketplaces/ozon/client";
import { createWbClient, type WbClient, type WbClientOptions } from "@/lib/marketplaces/wb/client";
import type { Connection } from "@/db/schema";
import { endpointsFor } from "./endpoints";
import { ownedConnectionWithKeys } from "./store";

/**
 * Marketplace clients for a stored connection: the keys are opened here, on the server, and never
 * leave the client object. The organisation is part of the lookup, so another seller's
 * connection id fails exactly like a missing one.
 */
export class ConnectionNotFoundError extends Error {
  constructor(readonly connectionId: string) {
    super(`connection ${connectionId} does not exist or belongs to another organisation`);
    this.name = "ConnectionNotFoundError";
  }
}

export class WrongMarketplaceError extends Error {
  constructor(readonly connectionId: string, expected: Connection["marketplace"]) {
    super(`connection ${connectionId} is not a${expected === "ozon" ? "n Ozon" : " WB"} connection`);
    this.name = "WrongMarketplaceError";
  }
}

type ExtraOptions<T> = Partial<Omit<T, "baseUrl" | "baseUrls" | "clientId" | "apiKey" | "token">>;

async function owned(organisationId: string, connectionId: string) {
  const found = await ownedConnectionWithKeys(organisationId, connectionId);
  if (!found) throw new ConnectionNotFoundError(connectionId);
  return found;
}

export async function ozonClientFor(organisationId: string, connectionId: string, options: ExtraOptions<OzonClientOptions> = {}): Promise<OzonClient> {
  const { row, credentials } = await owned(organisationId, connectionId);
  if (credentials.marketplace !== "ozon") throw new WrongMarketplaceError(connectionId, "ozon");
  const endpoints = await endpointsFor(row.environment);
  return createOzonClient({ ...options, baseUrl: endpoints.ozon, clientId: credentials.clientId, apiKey: credentials.apiKey });
}

export async function wbClientFor(organisationId: string, connectionId: string, options: ExtraOptions<WbClientOptions> = {}): Promise<WbClient> {
  const { row, credentials } = await owned(organisationId, connectionId);
  if (credentials.marketplace !== "wb") throw new WrongMarketplaceError(connectionId, "wb");
  const endpoints = await endpointsFor(row.environment);
  return createWbClient({ ...options, baseUrls: endpoints.wb, token: credentials.token });
}
