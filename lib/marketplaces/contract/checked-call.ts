import type { Marketplace } from "./specs";
import { validateResponse } from "./validator";

/**
 * One HTTP call whose answer is checked against the official specification. For tests of the
 * emulators (and of anything else that answers like a marketplace).
 */
export interface CheckedAnswer {
  status: number;
  headers: Headers;
  body: unknown;
  /** Empty when the answer matches the spec for its path, method and status. */
  violations: string[];
}

export async function checkedCall(
  marketplace: Marketplace,
  baseUrl: string,
  method: string,
  path: string,
  options: { headers?: Record<string, string>; body?: unknown } = {},
): Promise<CheckedAnswer> {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { "Content-Type": "application/json", ...options.headers },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const text = await response.text();
  let body: unknown = undefined;
  const violations: string[] = [];
  if (text !== "") {
    try {
      body = JSON.parse(text);
    } catch {
      violations.push(`body is not JSON: ${text.slice(0, 80)}`);
    }
  }
  const result = validateResponse(marketplace, method, path, response.status, body, response.headers.get("content-type") ?? undefined);
  return { status: response.status, headers: response.headers, body, violations: [...violations, ...result.errors] };
}
