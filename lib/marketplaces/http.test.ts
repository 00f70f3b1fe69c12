import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  MarketplaceAuthError,
  MarketplaceRateLimitedError,
  MarketplaceTransientError,
  MarketplaceValidationError,
} from "./errors";
import { createMarketplaceHttp, type RequestSpec } from "./http";
import type { LimitGroup } from "./limits";
import { FakeClock } from "./testing/fake-clock";
import { scriptedFetch, type ScriptedAnswer, type SentRequest } from "./testing/scripted-fetch";
import { Throttle } from "./throttle";

const okSchema = z.object({ ok: z.boolean() });
const OK: ScriptedAnswer = { status: 200, body: { ok: true } };

function setup(answer: (request: SentRequest, index: number) => ScriptedAnswer, options: { maxAttempts?: number; margin?: number } = {}) {
  const clock = new FakeClock();
  const { fetch, sent } = scriptedFetch(clock, answer);
  const http = createMarketplaceHttp({
    marketplace: "wb",
    fetch,
    clock,
    throttle: new Throttle({ clock, margin: options.margin ?? 1 }),
    maxAttempts: options.maxAttempts ?? 4,
    timeoutMs: 1_000,
    backoff: { baseMs: 100, capMs: 1_000 },
    random: () => 0.5,
  });
  return { clock, sent, http };
}

function spec(overrides: Partial<RequestSpec<{ ok: boolean }>> = {}): RequestSpec<{ ok: boolean }> {
  return {
    method: "POST",
    url: "http://wb.test/content/v2/get/cards/list",
    path: "/content/v2/get/cards/list",
    headers: { Authorization: "token" },
    json: { settings: {} },
    idempotent: true,
    limit: { key: "wb:test:content", group: { burst: 5, intervalMs: 600 } },
    response: okSchema,
    ...overrides,
  };
}

describe("throttling", () => {
  it("sends the burst less one spare token at once, then one request per interval", async () => {
    const { clock, sent, http } = setup(() => OK);
    const group: LimitGroup = { burst: 3, intervalMs: 1_000 };
    await clock.run(Promise.all([1, 2, 3, 4].map(() => http(spec({ limit: { key: "k", group } })))));
    expect(sent.map((r) => Math.round(r.at))).toEqual([0, 0, 1_000, 2_000]);
  });

  it("keeps separate buckets per key and widens the spacing by the margin", async () => {
    const { clock, sent, http } = setup(() => OK, { margin: 1.5 });
    const group: LimitGroup = { burst: 2, intervalMs: 100 };
    await clock.run(Promise.all(["a", "b", "a"].map((key) => http(spec({ limit: { key, group } })))));
    expect(sent.map((r) => Math.round(r.at))).toEqual([0, 0, 150]);
  });
});

describe("429", () => {
  it("waits X-Ratelimit-Retry before the next attempt and succeeds", async () => {
    const { clock, sent, http } = setup((_, i) => (i === 0 ? { status: 429, headers: { "X-Ratelimit-Retry": "3" } } : OK));
    await expect(clock.run(http(spec()))).resolves.toEqual({ ok: true });
    expect(sent.map((r) => r.at)).toEqual([0, 3_000]);
  });

  it("retries even a non-idempotent write, since the request was refused unprocessed", async () => {
    const { clock, sent, http } = setup((_, i) => (i === 0 ? { status: 429, headers: { "Retry-After": "2" } } : OK));
    await expect(clock.run(http(spec({ idempotent: false })))).resolves.toEqual({ ok: true });
    expect(sent.map((r) => r.at)).toEqual([0, 2_000]);
  });

  it("holds off every caller of the key, not only the refused one", async () => {
    const { clock, sent, http } = setup((_, i) => (i === 0 ? { status: 429, headers: { "X-Ratelimit-Retry": "5" } } : OK));
    const first = http(spec());
    const later = (async () => {
      await clock.sleep(10);
      return http(spec());
    })();
    await clock.run(Promise.all([first, later]));
    expect(sent.slice(1).every((r) => r.at >= 5_000)).toBe(true);
  });

  it("gives up after maxAttempts with the marketplace's wait", async () => {
    const { clock, sent, http } = setup(() => ({ status: 429, headers: { "X-Ratelimit-Retry": "1" } }), { maxAttempts: 3 });
    const error = await clock.run(http(spec())).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MarketplaceRateLimitedError);
    expect((error as MarketplaceRateLimitedError).retryAfterMs).toBe(1_000);
    expect((error as MarketplaceRateLimitedError).userMessage).toMatch(/Wildberries временно ограничил/);
    expect(sent).toHaveLength(3);
  });
});

describe("retries", () => {
  it("retries an idempotent call on 5xx with exponential backoff and full jitter", async () => {
    const { clock, sent, http } = setup((_, i) => (i < 2 ? { status: 503, body: { message: "down" } } : OK));
    await expect(clock.run(http(spec()))).resolves.toEqual({ ok: true });
    // random() = 0.5: 0.5 × 100, then 0.5 × 200.
    expect(sent.map((r) => r.at)).toEqual([0, 50, 150]);
  });

  it("never resends a non-idempotent call after a 5xx, and says the outcome is unknown", async () => {
    const { clock, sent, http } = setup(() => ({ status: 500, body: {} }));
    const error = await clock.run(http(spec({ idempotent: false }))).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MarketplaceTransientError);
    expect((error as MarketplaceTransientError).outcomeUnknown).toBe(true);
    expect(sent).toHaveLength(1);
  });

  it("times out a hanging request, retries it, and reports a timeout in the end", async () => {
    const { clock, sent, http } = setup(() => "hang", { maxAttempts: 3 });
    const error = await clock.run(http(spec())).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MarketplaceTransientError);
    expect((error as MarketplaceTransientError).reason).toBe("timeout");
    expect(sent.map((r) => r.at)).toEqual([0, 1_050, 2_150]);
  });

  it("does not resend a timed-out write", async () => {
    const { clock, sent, http } = setup(() => "hang");
    const error = await clock.run(http(spec({ idempotent: false }))).catch((e: unknown) => e);
    expect((error as MarketplaceTransientError).outcomeUnknown).toBe(true);
    expect(sent).toHaveLength(1);
  });

  it("resends a write whose connection was refused (it never left)", async () => {
    const { clock, sent, http } = setup((_, i) => (i === 0 ? "refused" : OK));
    await expect(clock.run(http(spec({ idempotent: false })))).resolves.toEqual({ ok: true });
    expect(sent).toHaveLength(2);
  });

  it("treats a truncated JSON body as transient and reads again", async () => {
    const { clock, sent, http } = setup((_, i) => (i === 0 ? { status: 200, raw: '{"ok":tr' } : OK));
    await expect(clock.run(http(spec()))).resolves.toEqual({ ok: true });
    expect(sent).toHaveLength(2);
  });

  it("rejects an answer that does not match the schema as malformed", async () => {
    const { clock, http } = setup(() => ({ status: 200, body: { ok: "yes" } }), { maxAttempts: 1 });
    const error = await clock.run(http(spec())).catch((e: unknown) => e);
    expect((error as MarketplaceTransientError).reason).toBe("malformed");
  });

  it("stops waiting when the caller aborts", async () => {
    const { clock, http } = setup(() => "hang");
    const controller = new AbortController();
    const pending = http(spec({ signal: controller.signal }));
    controller.abort(new Error("cancelled by user"));
    await expect(clock.run(pending)).rejects.toThrow("cancelled by user");
  });
});

describe("client errors", () => {
  it("maps 401 to an auth error with a Russian message and does not retry", async () => {
    const { clock, sent, http } = setup(() => ({ status: 401, body: { title: "unauthorized", detail: "token is malformed" } }));
    const error = await clock.run(http(spec())).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MarketplaceAuthError);
    expect((error as MarketplaceAuthError).missingScope).toBe(false);
    expect((error as MarketplaceAuthError).userMessage).toMatch(/Wildberries отклонил токен/);
    expect(sent).toHaveLength(1);
  });

  it("flags a missing token category", async () => {
    const { clock, http } = setup(() => ({ status: 401, body: { title: "unauthorized", detail: "token scope not allowed" } }));
    const error = (await clock.run(http(spec())).catch((e: unknown) => e)) as MarketplaceAuthError;
    expect(error.missingScope).toBe(true);
    expect(error.userMessage).toMatch(/нет доступа/);
  });

  it("maps 400 to a validation error carrying the marketplace's text", async () => {
    const body = { data: null, error: true, errorText: "Неверный subjectID", additionalErrors: null };
    const { clock, http } = setup(() => ({ status: 400, body }));
    const error = (await clock.run(http(spec())).catch((e: unknown) => e)) as MarketplaceValidationError;
    expect(error).toBeInstanceOf(MarketplaceValidationError);
    expect(error.serverMessage).toBe("Неверный subjectID");
    expect(error.details).toEqual(body);
    expect(error.userMessage).toBe("Wildberries не принял данные: Неверный subjectID");
  });

  it("charges a 4xx as several requests where the marketplace does", async () => {
    const { clock, sent, http } = setup((_, i) => (i === 0 ? { status: 400, body: { code: "x", message: "bad" } } : OK));
    const group: LimitGroup = { burst: 11, intervalMs: 100, clientErrorCost: 10 };
    await clock.run(http(spec({ limit: { key: "stocks", group } })).catch(() => undefined));
    await clock.run(http(spec({ limit: { key: "stocks", group } })));
    expect(sent[1]?.at).toBe(100);
  });
});
