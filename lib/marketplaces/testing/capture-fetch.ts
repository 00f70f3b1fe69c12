import { validateRequest } from "../contract/validator";
import type { Marketplace } from "../contract/specs";

/**
 * Wraps the real fetch to keep every request a client sends, so integration tests can check
 * each one against the official specification.
 */
export interface CapturedRequest {
  method: string;
  url: URL;
  body: unknown;
}

export function captureFetch(inner: typeof fetch = globalThis.fetch) {
  const requests: CapturedRequest[] = [];
  const fetch: typeof globalThis.fetch = (input, init) => {
    const body = typeof init?.body === "string" ? JSON.parse(init.body) : undefined;
    requests.push({ method: init?.method ?? "GET", url: new URL(String(input)), body });
    return inner(input, init);
  };
  return { fetch, requests };
}

/** Spec violations of the captured requests, one line each (empty when all are valid). */
export function contractViolations(marketplace: Marketplace, requests: CapturedRequest[]): string[] {
  return requests.flatMap(({ method, url, body }) =>
    validateRequest(marketplace, method, `${url.pathname}${url.search}`, body).errors.map((e) => `${method} ${url.pathname}: ${e}`),
  );
}
