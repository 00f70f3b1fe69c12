import {
  MarketplaceAuthError,
  MarketplaceError,
  MarketplaceNotFoundError,
  MarketplaceRateLimitedError,
  MarketplaceTransientError,
  MarketplaceValidationError,
  type CallInfo,
} from "./errors";

/**
 * Maps a non-2xx answer to a typed error. Both marketplaces' error shapes are understood:
 * Ozon `{code, message, details}`, WB content `{errorText, additionalErrors}`, WB gateway
 * `{title, detail}`, WB marketplace `{code, message}`.
 */
export function serverMessageOf(body: unknown): string | undefined {
  if (!body || typeof body !== "object") return typeof body === "string" && body.trim() ? body.trim().slice(0, 500) : undefined;
  const record = body as Record<string, unknown>;
  for (const key of ["errorText", "detail", "message", "title"]) {
    const value = record[key];
    if (typeof value === "string" && value.trim()) return value.trim();
  }
  return undefined;
}

// A refused permission, as opposed to an unknown, expired or malformed key.
const SCOPE_HINT = /scope|not allowed|permission|role|access denied|forbidden|доступ|прав/i;
const BAD_KEY_HINT = /invalid|expired|malformed|unknown|api-?key|client-?id|неверн|истек|истёк/i;

function isMissingScope(status: number, message: string | undefined): boolean {
  if (!message) return status === 403;
  if (SCOPE_HINT.test(message)) return true;
  return status === 403 && !BAD_KEY_HINT.test(message);
}

/** `idempotent` decides whether a 5xx leaves the outcome unknown (a write may have been applied). */
export function errorForStatus(
  info: CallInfo & { status: number },
  retryAfterMs: number | null,
  idempotent: boolean,
): MarketplaceError {
  const { status } = info;
  if (status === 401 || status === 403) return new MarketplaceAuthError(info, isMissingScope(status, info.serverMessage));
  if (status === 404) return new MarketplaceNotFoundError(info);
  if (status === 429) return new MarketplaceRateLimitedError(info, retryAfterMs);
  if (status >= 500) return new MarketplaceTransientError(info, "server", !idempotent);
  return new MarketplaceValidationError(info);
}

/** Milliseconds from WB's X-Ratelimit-Retry or the standard Retry-After (seconds or HTTP date). */
export function retryAfterMsOf(headers: Headers, now: () => number = Date.now): number | null {
  const wb = headers.get("x-ratelimit-retry");
  if (wb !== null && wb.trim() !== "" && Number.isFinite(Number(wb))) return Math.max(0, Number(wb) * 1000);
  const standard = headers.get("retry-after");
  if (standard === null || standard.trim() === "") return null;
  if (Number.isFinite(Number(standard))) return Math.max(0, Number(standard) * 1000);
  const date = Date.parse(standard);
  return Number.isNaN(date) ? null : Math.max(0, date - now());
}
