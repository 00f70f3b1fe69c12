import { describe, expect, it } from "vitest";
import { validateRequest } from "../contract/validator";
import { MarketplaceAuthError, MarketplaceValidationError } from "../errors";
import { collect } from "../paging";
import { FakeClock } from "../testing/fake-clock";
import { scriptedFetch, type ScriptedAnswer, type SentRequest } from "../testing/scripted-fetch";
import { Throttle } from "../throttle";
import { createWbClient } from "./client";

function client(answer: (request: SentRequest) => ScriptedAnswer, baseUrls?: Record<"content" | "prices" | "marketplace" | "common", string>) {
  const clock = new FakeClock();
  const { fetch, sent } = scriptedFetch(clock, answer);
  const wb = createWbClient({ baseUrl: "http://wb.test", baseUrls, token: "tkn", fetch, clock, throttle: new Throttle({ clock }) });
  return { wb, sent, clock };
}

function expectContractValid(sent: SentRequest[]) {
  for (const request of sent) {
    const url = new URL(request.url);
    const body = request.method === "GET" ? undefined : request.body;
    expect(validateRequest("wb", request.method, `${url.pathname}${url.search}`, body).errors).toEqual([]);
  }
}

const card = (nmID: number) => ({ nmID, imtID: nmID, vendorCode: `v${nmID}`, sizes: [{ chrtID: nmID * 10, skus: [] }] });

describe("WB client", () => {
  it("walks cards by the {updatedAt, nmID} cursor until a short page", async () => {
    const { wb, sent, clock } = client((request) => {
      const cursor = (request.body as { settings: { cursor: { nmID?: number } } }).settings.cursor;
      const start = cursor.nmID ?? 0;
      const cards = Array.from({ length: start < 200 ? 100 : 30 }, (_, i) => card(start + i + 1));
      return { status: 200, body: { cards, cursor: { updatedAt: "2026-01-01T00:00:00Z", nmID: start + cards.length, total: cards.length } } };
    });
    const cards = await clock.run(collect(wb.cardsAll()));
    expect(cards.map((c) => c.nmID)).toEqual(Array.from({ length: 230 }, (_, i) => i + 1));
    expect(sent).toHaveLength(3);
    expect(sent[0]?.headers.authorization).toBe("tkn");
    expectContractValid(sent);
  });

  it("walks the error list while cursor.next is true", async () => {
    const { wb, sent, clock } = client((request) => {
      const cursor = (request.body as { cursor: { batchUUID?: string } }).cursor;
      const second = cursor.batchUUID === "6a1c3a0e-0000-4000-8000-000000000001";
      const item = { batchUUID: second ? "b2" : "b1", vendorCodes: ["x"], errors: { x: ["Плохое название"] }, subjects: {}, brands: {} };
      const next = { next: !second, updatedAt: "2026-01-01T00:00:00Z", batchUUID: "6a1c3a0e-0000-4000-8000-000000000001" };
      return { status: 200, body: { data: { items: [item], cursor: next }, error: false, errorText: "", additionalErrors: null } };
    });
    const batches = await clock.run(collect(wb.cardErrorsAll()));
    expect(batches.map((b) => b.batchUUID)).toEqual(["b1", "b2"]);
    expectContractValid(sent);
  });

  it("sends each method to its own host", async () => {
    const hosts = { content: "http://content.test", prices: "http://prices.test", marketplace: "http://mp.test", common: "http://common.test" };
    const { wb, sent, clock } = client((request) => {
      if (request.url.includes("/upload/task")) return { status: 200, body: { data: { id: 7, alreadyExists: false }, error: false, errorText: "" } };
      if (request.url.includes("/stocks/")) return { status: 204 };
      return { status: 200, body: { data: ["123"], error: false, errorText: "", additionalErrors: null } };
    }, hosts);
    await clock.run(wb.api.barcodes(1));
    await clock.run(wb.api.pricesUpload({ data: [{ nmID: 1, price: 500, discount: 10 }] }));
    await clock.run(wb.api.setStocks(42, { stocks: [{ chrtId: 5, amount: 3 }] }));
    expect(sent.map((r) => `${r.method} ${r.url}`)).toEqual([
      "POST http://content.test/content/v2/barcodes",
      "POST http://prices.test/api/v2/upload/task",
      "PUT http://mp.test/api/v3/stocks/42",
    ]);
    expectContractValid(sent);
  });

  it("treats `error: true` inside a 200 as a validation error", async () => {
    const { wb, clock } = client(() => ({ status: 200, body: { data: null, error: true, errorText: "Превышен лимит", additionalErrors: null } }));
    const error = await clock.run(wb.api.cardsUpload([{ subjectID: 1, variants: [{ vendorCode: "a" }] }])).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MarketplaceValidationError);
    expect((error as MarketplaceValidationError).userMessage).toBe("Wildberries не принял данные: Превышен лимит");
  });

  it("checkToken reports which categories the token opens", async () => {
    const { wb, clock, sent } = client((request) => {
      if (request.url.startsWith("http://prices.test")) return { status: 401, body: { title: "unauthorized", detail: "token scope not allowed" } };
      if (request.url.endsWith("/seller-info")) return { status: 200, body: { name: "ИП Тест", sid: "s-1", tradeMark: "Тест" } };
      return { status: 200, body: { TS: "2026-01-01T00:00:00+03:00", Status: "OK" } };
    }, { content: "http://content.test", prices: "http://prices.test", marketplace: "http://mp.test", common: "http://common.test" });
    const check = await clock.run(wb.checkToken());
    expect(check.access).toEqual({ content: true, prices: false, marketplace: true });
    expect(check.seller.name).toBe("ИП Тест");
    expect(check.token).toBeNull();
    expectContractValid(sent);
  });

  it("checkToken rejects a token every host refuses, with the Russian message", async () => {
    const { wb, clock } = client(() => ({ status: 401, body: { title: "unauthorized", detail: "token is expired" } }));
    const error = (await clock.run(wb.checkToken()).catch((e: unknown) => e)) as MarketplaceAuthError;
    expect(error).toBeInstanceOf(MarketplaceAuthError);
    expect(error.missingScope).toBe(false);
    expect(error.userMessage).toMatch(/^Wildberries отклонил токен/);
  });
});
