import type { MarketplaceEndpoints } from "@/lib/marketplaces/marketplace-config";
import { createOzonClient } from "@/lib/marketplaces/ozon/client";
import { createWbClient } from "@/lib/marketplaces/wb/client";
import { type CheckFailure, failureFromError } from "./check-failure";
import type { OzonCredentials, StoredCredentials, WbCredentials } from "./credentials";

/**
 * Asks the marketplace whether the keys work, before anything is saved and on "check now". A
 * seller is waiting, so the check gives up sooner than a background job would.
 */
export type Verification =
  | { ok: true; sellerName: string | null; tokenExpiresAt: Date | null }
  | { ok: false; failure: CheckFailure };

export interface VerifyOptions {
  fetch?: typeof fetch;
}

/** WB categories CardPort uses: cards (content), prices and discounts, stocks (marketplace). */
const NEEDED_WB_SCOPES = ["content", "prices", "marketplace"] as const;
const CHECK_HTTP = { maxAttempts: 2, timeoutMs: 10_000, backoff: { baseMs: 300, capMs: 1_000 } };

async function verifyOzon(credentials: OzonCredentials, baseUrl: string, options: VerifyOptions): Promise<Verification> {
  const client = createOzonClient({ ...CHECK_HTTP, fetch: options.fetch, baseUrl, clientId: credentials.clientId, apiKey: credentials.apiKey });
  await client.checkCredentials();
  // The Seller API methods CardPort uses do not return the shop's name.
  return { ok: true, sellerName: null, tokenExpiresAt: null };
}

async function verifyWb(credentials: WbCredentials, endpoints: MarketplaceEndpoints, options: VerifyOptions): Promise<Verification> {
  const client = createWbClient({ ...CHECK_HTTP, fetch: options.fetch, baseUrls: endpoints.wb, token: credentials.token });
  const check = await client.checkToken();
  // A host that refused the token, or a category the token's own claims leave out.
  const missing = NEEDED_WB_SCOPES.filter((scope) => !check.access[scope] || (check.token !== null && !check.token.scopes.includes(scope)));
  if (missing.length > 0) return { ok: false, failure: { code: "missing-scope", marketplace: "wb", missing } };
  return { ok: true, sellerName: check.seller.tradeMark || check.seller.name, tokenExpiresAt: check.token?.expiresAt ?? null };
}

export async function verifyCredentials(
  credentials: StoredCredentials,
  endpoints: MarketplaceEndpoints,
  options: VerifyOptions = {},
): Promise<Verification> {
  try {
    return credentials.marketplace === "ozon"
      ? await verifyOzon(credentials, endpoints.ozon, options)
      : await verifyWb(credentials, endpoints, options);
  } catch (error) {
    const failure = failureFromError(error, credentials.marketplace);
    // Typed marketplace errors carry no secrets; anything else is a bug worth a log line.
    if (failure.code === "unknown") console.error("[cardport] connection check failed unexpectedly", error);
    return { ok: false, failure };
  }
}
