import { randomBytes, randomUUID } from "node:crypto";
import { json, problemJson, type EmuResponse } from "../../emulator-kit/http";

/**
 * WB error bodies. The gateway (auth, rate limit, body size) answers with
 * `{title, detail, code, requestId, origin, status, statusText, timestamp}`; behind it each API
 * has its own: content `{data, error, errorText, additionalErrors}`, prices `{data, error,
 * errorText}`, marketplace `{code, message, data?}`.
 */
const STATUS_TEXT: Record<number, string> = { 401: "Unauthorized", 413: "Request Entity Too Large", 429: "Too Many Requests" };

export function gatewayError(status: 401 | 413 | 429, title: string, detail: string, origin: string, headers?: Record<string, string>): EmuResponse {
  return problemJson(
    status,
    {
      title,
      detail,
      code: `${randomBytes(4).toString("hex")}-${randomBytes(6).toString("hex")}`,
      requestId: randomBytes(16).toString("hex"),
      origin,
      status,
      statusText: STATUS_TEXT[status],
      timestamp: new Date().toISOString().replace(/\.\d{3}Z$/, "Z"),
    },
    headers,
  );
}

export const contentError = (status: number, errorText: string, additionalErrors: Record<string, unknown> | null = null): EmuResponse =>
  json(status, { data: null, error: true, errorText, additionalErrors });

export const contentOk = (data: unknown): EmuResponse => json(200, { data, error: false, errorText: "", additionalErrors: null });

export const pricesError = (status: number, errorText: string): EmuResponse => json(status, { data: null, error: true, errorText });

export const marketplaceError = (status: number, code: string, message: string, data?: unknown): EmuResponse =>
  json(status, data === undefined ? { code, message } : { code, message, data });

export const newBatchUuid = () => randomUUID();
