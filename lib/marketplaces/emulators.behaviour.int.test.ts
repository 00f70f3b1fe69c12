import { afterEach, describe, expect, it } from "vitest";
import { checkedCall } from "./contract/checked-call";
import { startEmulators, type RunningEmulators } from "./emulators";

/** Rate limits, seller isolation, fault injection and the control API, over real HTTP. */
let emu: RunningEmulators | undefined;
afterEach(async () => {
  await emu?.close();
  emu = undefined;
});

const ozonCall = (e: RunningEmulators, creds: { clientId: string; apiKey: string }, path: string, body: unknown, signal?: AbortSignal) =>
  fetch(`${e.ozon.url}${path}`, {
    method: "POST",
    headers: { "Client-Id": creds.clientId, "Api-Key": creds.apiKey, "Content-Type": "application/json" },
    body: JSON.stringify(body),
    signal,
  });
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("rate limits", () => {
  it("Ozon: a burst beyond 50 requests/s gets 429 with Retry-After and Ratelimit-Remaining; after Retry-After it succeeds", async () => {
    emu = await startEmulators({ seed: "rl-ozon", products: 5 });
    const e = emu;
    const answers = await Promise.all(Array.from({ length: 120 }, () => ozonCall(e, e.seller.ozon, "/v3/product/list", { limit: 1 })));
    const refused = answers.filter((a) => a.status === 429);
    // Burst 50, then one token per 20 ms while the burst is being served.
    expect(answers.filter((a) => a.status === 200).length).toBeGreaterThanOrEqual(50);
    expect(refused.length).toBeGreaterThan(0);
    expect(refused[0]?.headers.get("ratelimit-remaining")).toBe("0");
    const retryAfter = Number(refused[0]?.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(await refused[0]?.json()).toEqual({ code: 8, message: "You have reached request rate limit per second", details: [] });
    await wait(retryAfter * 1000);
    expect((await ozonCall(e, e.seller.ozon, "/v3/product/list", { limit: 1 })).status).toBe(200);
    expect(e.counters().ozon.throttled).toBe(refused.length);
  });

  it("WB: the content bucket (burst 5, 600 ms) answers 429 with X-Ratelimit-* headers and the gateway body", async () => {
    emu = await startEmulators({ seed: "rl-wb", products: 0 });
    const call = () => checkedCall("wb", emu!.wb.url, "GET", "/content/v2/directory/colors", { headers: { Authorization: emu!.seller.wb.token } });
    const answers = [];
    for (let i = 0; i < 7; i++) answers.push(await call());
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 200, 429, 429]);
    expect(answers.map((a) => a.headers.get("x-ratelimit-remaining")).slice(0, 5)).toEqual(["4", "3", "2", "1", "0"]);
    const refused = answers[5]!;
    expect(refused.violations).toEqual([]);
    expect(refused.headers.get("x-ratelimit-limit")).toBe("5");
    expect(Number(refused.headers.get("x-ratelimit-retry"))).toBeGreaterThanOrEqual(1);
    expect(Number(refused.headers.get("x-ratelimit-reset"))).toBeGreaterThanOrEqual(3);
    expect(refused.body).toMatchObject({ title: "too many requests", status: 429, statusText: "Too Many Requests" });
    // Other groups have their own buckets.
    expect((await checkedCall("wb", emu.wb.url, "GET", "/api/v3/warehouses", { headers: { Authorization: emu.seller.wb.token } })).status).toBe(200);
    await wait(Number(refused.headers.get("x-ratelimit-retry")) * 1000);
    expect((await call()).status).toBe(200);
  });

  it("the time scale compresses the refill", async () => {
    emu = await startEmulators({ seed: "rl-scale", products: 0, timeScale: 100 });
    const call = () => fetch(`${emu!.wb.url}/content/v2/directory/vat`, { headers: { Authorization: emu!.seller.wb.token } });
    for (let i = 0; i < 5; i++) await call();
    await wait(20); // 600 ms / 100 = 6 ms per token
    expect((await call()).status).toBe(200);
  });
});

describe("seller isolation", () => {
  it("keeps catalogues, cards and stocks apart between sellers", async () => {
    emu = await startEmulators({ seed: "iso-a", products: 30, timeScale: 1000 });
    const b = emu.createSellerPair({ seed: "iso-b", products: 30 });
    const listA = await (await ozonCall(emu, emu.seller.ozon, "/v3/product/list", { limit: 1000 })).json();
    const idA = listA.result.items[0].product_id;
    const infoFromB = await (await ozonCall(emu, b.ozon, "/v3/product/info/list", { product_id: [idA] })).json();
    expect(infoFromB.items).toEqual([]);
    expect((await ozonCall(emu, { clientId: emu.seller.ozon.clientId, apiKey: b.ozon.apiKey }, "/v3/product/list", { limit: 1 })).status).toBe(403);

    const upload = [{ subjectID: 812, variants: [{ vendorCode: "iso-mug", title: "Кружка", dimensions: { length: 12, width: 9, height: 10, weightBrutto: 0.4 }, characteristics: [{ id: 25471, value: 350 }] }] }];
    const post = (token: string, path: string, body: unknown) =>
      fetch(`${emu!.wb.url}${path}`, { method: "POST", headers: { Authorization: token, "Content-Type": "application/json" }, body: JSON.stringify(body) });
    expect((await post(emu.seller.wb.token, "/content/v2/cards/upload", upload)).status).toBe(200);
    await emu.wb.whenIdle();
    const cardsA = (await (await post(emu.seller.wb.token, "/content/v2/get/cards/list", { settings: { cursor: { limit: 10 } } })).json()).cards;
    const cardsB = (await (await post(b.wb.token, "/content/v2/get/cards/list", { settings: { cursor: { limit: 10 } } })).json()).cards;
    expect(cardsA).toHaveLength(1);
    expect(cardsB).toEqual([]);
    const warehousesB = await (await fetch(`${emu.wb.url}/api/v3/warehouses`, { headers: { Authorization: b.wb.token } })).json();
    const put = await fetch(`${emu.wb.url}/api/v3/stocks/${warehousesB[0].id}`, {
      method: "PUT",
      headers: { Authorization: b.wb.token, "Content-Type": "application/json" },
      body: JSON.stringify({ stocks: [{ chrtId: cardsA[0].sizes[0].chrtID, amount: 1 }] }),
    });
    expect(put.status).toBe(409);
  });
});

describe("fault injection and the control API", () => {
  it("injects 5xx, malformed JSON, dropped connections and hangs, deterministically per seed", async () => {
    emu = await startEmulators({ seed: "faults", products: 5 });
    const e = emu;
    const call = (signal?: AbortSignal) => ozonCall(e, e.seller.ozon, "/v3/product/list", { limit: 1 }, signal);
    e.setFaults("ozon", { errorRate: 1 });
    const failed = await call();
    expect(failed.status).toBe(500);
    expect(await failed.json()).toEqual({ code: 13, message: "Internal error", details: [] });
    e.setFaults("ozon", { malformedRate: 1 });
    await expect((await call()).json()).rejects.toThrow();
    e.setFaults("ozon", { dropRate: 1 });
    await expect(call()).rejects.toThrow();
    e.setFaults("ozon", { timeoutRate: 1 });
    await expect(call(AbortSignal.timeout(200))).rejects.toThrow(/aborted|timeout/i);
    const sequence = async () => {
      e.setFaults("ozon", { seed: 9, errorRate: 0.5 });
      const statuses = [];
      for (let i = 0; i < 12; i++) statuses.push((await call()).status);
      return statuses;
    };
    const first = await sequence();
    expect(first).toContain(500);
    expect(first).toContain(200);
    expect(await sequence()).toEqual(first);
    expect(e.counters().ozon.faults.error).toBeGreaterThan(0);
  });

  it("creates seller pairs, sets faults and time scale, and reports counters over HTTP", async () => {
    emu = await startEmulators({ seed: "control", products: 0 });
    const control = (method: string, path: string, body?: unknown) =>
      fetch(`${emu!.wb.url}/__emulator/${path}`, { method, headers: { "Content-Type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body) });
    const created = await (await control("POST", "sellers", { seed: "http-seller", products: 12 })).json();
    expect(created.ozon.clientId).toMatch(/^\d+$/);
    expect(created.wb.token.split(".")).toHaveLength(3);
    const list = await (await ozonCall(emu, created.ozon, "/v3/product/list", { limit: 100 })).json();
    expect(list.result.total_items).toBeGreaterThan(0);
    expect((await control("POST", "faults", { target: "wb", faults: { burst429: 1 } })).status).toBe(200);
    expect((await fetch(`${emu.wb.url}/ping`, { headers: { Authorization: created.wb.token } })).status).toBe(429);
    expect((await control("POST", "time-scale", { scale: 50 })).status).toBe(200);
    expect(emu.wb.env.timeScale.value).toBe(50);
    const counters = await (await control("GET", "counters")).json();
    expect(counters.ozon.requests["POST /v3/product/list"]).toBe(1);
    expect(counters.wb.throttled).toBe(1);
    expect((await control("POST", "faults", { faults: { errorRate: 2 } })).status).toBe(400);
  });
});
