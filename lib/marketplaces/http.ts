import type { z } from "zod";
import { systemClock, type Clock } from "./clock";
import { errorForStatus, retryAfterMsOf, serverMessageOf } from "./error-from-response";
import {
  MarketplaceError,
  MarketplaceRateLimitedError,
  MarketplaceTransientError,
  type CallInfo,
  type MarketplaceName,
} from "./errors";
import type { LimitGroup } from "./limits";
import { sharedThrottle, type Throttle } from "./throttle";

/**
 * The one HTTP path of both marketplace clients: waits for the client-side rate limit, sends
 * with a timeout, retries what is safe to retry with exponential backoff and full jitter, honours
 * the marketplace's 429 wait, and turns every failure into a typed MarketplaceError.
 */
export interface HttpOptions {
  marketplace: MarketplaceName;
  fetch?: typeof fetch;
  clock?: Clock;
  throttle?: Throttle;
  /** Attempts per call, the first included. */
  maxAttempts?: number;
  timeoutMs?: number;
  backoff?: { baseMs: number; capMs: number };
  /** A number in [0, 1) for the jitter; injected by tests. */
  random?: () => number;
}

export interface RequestSpec<T> {
  method: "GET" | "POST" | "PUT";
  url: string;
  /** The documented path (template), used in errors and logs. */
  path: string;
  headers: Record<string, string>;
  json?: unknown;
  form?: FormData;
  /** Safe to send twice: reads, and writes that set an absolute state. */
  idempotent: boolean;
  limit: { key: string; group: LimitGroup };
  /** Schema of the 2xx body; null when the answer has no body (204). */
  response: z.ZodType<T> | null;
  signal?: AbortSignal;
}

export type MarketplaceHttp = <T>(spec: RequestSpec<T>) => Promise<T>;

const DEFAULTS = { maxAttempts: 5, timeoutMs: 30_000, backoff: { baseMs: 500, capMs: 30_000 } };

// Failures before the connection exists: the request never left, so even a write may be resent.
const NOT_SENT_CODES = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "UND_ERR_CONNECT_TIMEOUT"]);

class TimeoutSignal extends Error {}

export function createMarketplaceHttp(options: HttpOptions): MarketplaceHttp {
  const fetchImpl = options.fetch ?? globalThis.fetch;
  const clock = options.clock ?? systemClock;
  const throttle = options.throttle ?? sharedThrottle();
  const maxAttempts = Math.max(1, options.maxAttempts ?? DEFAULTS.maxAttempts);
  const timeoutMs = options.timeoutMs ?? DEFAULTS.timeoutMs;
  const backoff = options.backoff ?? DEFAULTS.backoff;
  const random = options.random ?? Math.random;

  const backoffMs = (attempt: number) => random() * Math.min(backoff.capMs, backoff.baseMs * 2 ** (attempt - 1));

  async function once<T>(spec: RequestSpec<T>): Promise<T> {
    const info: CallInfo = { marketplace: options.marketplace, method: spec.method, path: spec.path };
    const timer = new AbortController();
    const signal = spec.signal ? AbortSignal.any([spec.signal, timer.signal]) : timer.signal;
    clock.sleep(timeoutMs, timer.signal).then(
      () => timer.abort(new TimeoutSignal()),
      () => undefined,
    );
    try {
      const response = await fetchImpl(spec.url, {
        method: spec.method,
        headers: spec.json === undefined ? spec.headers : { "Content-Type": "application/json", ...spec.headers },
        body: spec.form ?? (spec.json === undefined ? undefined : JSON.stringify(spec.json)),
        signal,
      });
      const text = await response.text();
      const withStatus = { ...info, status: response.status };
      if (!response.ok) {
        const body = parseJson(text);
        const serverMessage = serverMessageOf(body ?? text);
        const retryAfterMs = retryAfterMsOf(response.headers);
        const error = errorForStatus({ ...withStatus, serverMessage, details: body ?? text }, retryAfterMs, spec.idempotent);
        if (response.status !== 429 && response.status < 500 && spec.limit.group.clientErrorCost) {
          throttle.charge(spec.limit.key, spec.limit.group, spec.limit.group.clientErrorCost - 1);
        }
        throw error;
      }
      if (spec.response === null) return undefined as T;
      const parsed = spec.response.safeParse(parseJson(text));
      if (!parsed.success) {
        const details = { issues: parsed.error.issues.slice(0, 10), body: text.slice(0, 2000) };
        throw new MarketplaceTransientError({ ...withStatus, details }, "malformed", !spec.idempotent);
      }
      return parsed.data;
    } catch (error) {
      if (error instanceof MarketplaceError) throw error;
      if (spec.signal?.aborted) throw spec.signal.reason;
      if (timer.signal.aborted) throw new MarketplaceTransientError(info, "timeout", !spec.idempotent, { cause: error });
      const notSent = NOT_SENT_CODES.has(errorCode(error) ?? "");
      throw new MarketplaceTransientError(info, "network", !spec.idempotent && !notSent, { cause: error });
    } finally {
      timer.abort(); // stops the timeout sleep
    }
  }

  return async function request<T>(spec: RequestSpec<T>): Promise<T> {
    for (let attempt = 1; ; attempt += 1) {
      spec.signal?.throwIfAborted();
      await throttle.acquire(spec.limit.key, spec.limit.group, spec.signal);
      try {
        return await once(spec);
      } catch (error) {
        if (!(error instanceof MarketplaceError) || attempt >= maxAttempts) throw error;
        if (error instanceof MarketplaceRateLimitedError) {
          // Refused before processing: safe to resend even a write, once the marketplace's wait is over.
          throttle.holdOff(spec.limit.key, error.retryAfterMs ?? backoffMs(attempt));
          continue;
        }
        if (!(error instanceof MarketplaceTransientError) || error.outcomeUnknown) throw error;
        await clock.sleep(backoffMs(attempt), spec.signal);
      }
    }
  };
}

function parseJson(text: string): unknown {
  if (text.trim() === "") return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function errorCode(error: unknown): string | undefined {
  const cause = (error as { cause?: { code?: unknown } } | null)?.cause;
  return typeof cause?.code === "string" ? cause.code : undefined;
}
