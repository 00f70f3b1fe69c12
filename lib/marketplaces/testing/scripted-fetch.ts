import type { Clock } from "../clock";

/**
 * A fake `fetch` answering from a script, recording when (on the injected clock) each request was
 * sent. "hang" never answers until the request's signal aborts; "refused" fails like a closed port.
 */
export type ScriptedAnswer =
  | { status: number; body?: unknown; headers?: Record<string, string>; raw?: string }
  | "hang"
  | "refused";

export interface SentRequest {
  at: number;
  method: string;
  url: string;
  body: unknown;
  headers: Record<string, string>;
}

export function scriptedFetch(clock: Clock, answer: (request: SentRequest, index: number) => ScriptedAnswer) {
  const sent: SentRequest[] = [];
  const fetch = async (input: string | URL | Request, init: RequestInit = {}): Promise<Response> => {
    const request: SentRequest = {
      at: clock.now(),
      method: init.method ?? "GET",
      url: String(input),
      body: typeof init.body === "string" ? JSON.parse(init.body) : init.body,
      headers: Object.fromEntries(new Headers(init.headers).entries()),
    };
    sent.push(request);
    const scripted = answer(request, sent.length - 1);
    if (scripted === "refused") {
      throw Object.assign(new TypeError("fetch failed"), { cause: { code: "ECONNREFUSED" } });
    }
    if (scripted === "hang") {
      return new Promise<Response>((_, reject) => {
        if (init.signal?.aborted) return reject(init.signal.reason);
        init.signal?.addEventListener("abort", () => reject(init.signal?.reason), { once: true });
      });
    }
    const text = scripted.raw ?? (scripted.body === undefined ? null : JSON.stringify(scripted.body));
    return new Response(text, { status: scripted.status, headers: { "Content-Type": "application/json", ...scripted.headers } });
  };
  return { fetch: fetch as typeof globalThis.fetch, sent };
}
