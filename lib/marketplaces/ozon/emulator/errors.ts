import { json, type EmuResponse } from "../../emulator-kit/http";

/**
 * Ozon's error body `{code, message, details[]}`; `code` is the gRPC status code the Ozon gateway
 * uses (3 invalid argument, 5 not found, 7 permission denied, 8 resource exhausted, 13 internal).
 */
export const ozonError = (status: number, code: number, message: string, headers?: Record<string, string>): EmuResponse =>
  json(status, { code, message, details: [] }, headers);

export const invalidArgument = (message: string) => ozonError(400, 3, message);
export const notFound = (message: string) => ozonError(404, 5, message);
