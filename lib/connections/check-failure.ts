import {
  MarketplaceAuthError,
  MarketplaceRateLimitedError,
  MarketplaceTransientError,
  MarketplaceValidationError,
  type MarketplaceName,
} from "@/lib/marketplaces/errors";

/**
 * Why a key check failed, as a small code the cabinet turns into a message in the seller's
 * language. The code (not a sentence) is what `connections.last_error` stores, so the health line
 * reads in whichever language the seller has chosen.
 */
export const CHECK_FAILURE_CODES = ["wrong-key", "missing-scope", "unreachable", "rate-limited", "rejected", "unknown"] as const;
export type CheckFailureCode = (typeof CHECK_FAILURE_CODES)[number];

export interface CheckFailure {
  code: CheckFailureCode;
  marketplace: MarketplaceName;
  /** WB categories the token lacks (missing-scope). */
  missing?: string[];
}

export function failureFromError(error: unknown, marketplace: MarketplaceName): CheckFailure {
  if (error instanceof MarketplaceAuthError) return { code: error.missingScope ? "missing-scope" : "wrong-key", marketplace };
  if (error instanceof MarketplaceRateLimitedError) return { code: "rate-limited", marketplace };
  if (error instanceof MarketplaceTransientError) return { code: "unreachable", marketplace };
  if (error instanceof MarketplaceValidationError) return { code: "rejected", marketplace };
  return { code: "unknown", marketplace };
}

/** "missing-scope:prices,marketplace" — the stored form of a failure. */
export function encodeFailure(failure: CheckFailure): string {
  return failure.missing?.length ? `${failure.code}:${failure.missing.join(",")}` : failure.code;
}

export function decodeFailure(stored: string, marketplace: MarketplaceName): CheckFailure {
  const [code, missing] = stored.split(":");
  const known = (CHECK_FAILURE_CODES as readonly string[]).includes(code ?? "") ? (code as CheckFailureCode) : "unknown";
  return { code: known, marketplace, ...(missing ? { missing: missing.split(",") } : {}) };
}
