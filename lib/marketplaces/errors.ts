import { authMessage, notFoundMessage, rateLimitMessage, transientMessage, validationMessage } from "./error-messages";

/**
 * Typed failures of a marketplace call. `userMessage` is Russian text a seller can act on; the
 * rest is for logs and for the caller's retry decisions.
 */
export type MarketplaceName = "ozon" | "wb";

export interface CallInfo {
  marketplace: MarketplaceName;
  method: string;
  path: string;
  status?: number;
  /** The marketplace's own message (errorText, detail, message). */
  serverMessage?: string;
  /** The marketplace's error body as received. */
  details?: unknown;
}

export abstract class MarketplaceError extends Error {
  readonly marketplace: MarketplaceName;
  readonly method: string;
  readonly path: string;
  readonly status?: number;
  readonly serverMessage?: string;
  readonly details?: unknown;

  protected constructor(
    info: CallInfo,
    readonly userMessage: string,
    options?: { cause?: unknown },
  ) {
    const where = `${info.marketplace} ${info.method} ${info.path}${info.status ? ` → ${info.status}` : ""}`;
    super(`${where}: ${info.serverMessage ?? userMessage}`, options);
    this.name = new.target.name;
    this.marketplace = info.marketplace;
    this.method = info.method;
    this.path = info.path;
    this.status = info.status;
    this.serverMessage = info.serverMessage;
    this.details = info.details;
  }
}

/** 401/403: the key is wrong or expired, or (missingScope) valid but without access to this method. */
export class MarketplaceAuthError extends MarketplaceError {
  constructor(
    info: CallInfo,
    readonly missingScope: boolean,
  ) {
    super(info, authMessage(info.marketplace, missingScope));
  }
}

/** 429 after every allowed attempt. */
export class MarketplaceRateLimitedError extends MarketplaceError {
  constructor(
    info: CallInfo,
    readonly retryAfterMs: number | null,
  ) {
    super(info, rateLimitMessage(info.marketplace, retryAfterMs));
  }
}

/** 400/409/413/422…: the marketplace rejected the data; `details` holds its explanation. */
export class MarketplaceValidationError extends MarketplaceError {
  constructor(info: CallInfo) {
    super(info, validationMessage(info.marketplace, info.serverMessage));
  }
}

export class MarketplaceNotFoundError extends MarketplaceError {
  constructor(info: CallInfo) {
    super(info, notFoundMessage(info.marketplace));
  }
}

export type TransientReason = "server" | "timeout" | "network" | "malformed";

/**
 * 5xx, timeout, connection failure or an answer that is not the documented JSON. `outcomeUnknown`
 * is true when a non-idempotent request may have been processed: read back before sending again.
 */
export class MarketplaceTransientError extends MarketplaceError {
  constructor(
    info: CallInfo,
    readonly reason: TransientReason,
    readonly outcomeUnknown: boolean,
    options?: { cause?: unknown },
  ) {
    super(info, transientMessage(info.marketplace, reason, info.status), options);
  }
}
