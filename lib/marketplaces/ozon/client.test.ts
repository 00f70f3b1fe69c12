import { describe, expect, it } from "vitest";
import { validateRequest } from "../contract/validator";
import { MarketplaceTransientError } from "../errors";
import { collect } from "../paging";
import { FakeClock } from "../testing/fake-clock";
import { scriptedFetch, type ScriptedAnswer, type SentRequest } from "../testing/scripted-fetch";
import { Throttle } from "../throttle";
import { createOzonClient } from "./client";

const products = Array.from({ length: 2_345 }, (_, i) => ({ product_id: 1_000 + i, offer_id: `offer-${i}`, archived: false }));

/** Serves /v3/product/list from `products` with an opaque last_id, like Ozon. */
function productListAnswer(request: SentRequest): ScriptedAnswer {
  const body = request.body as { last_id?: string; limit: number };
  const start = body.last_id ? Number(Buffer.from(body.last_id, "base64").toString()) : 0;
  const items = products.slice(start, start + body.limit);
  const end = start + items.length;
  return {
    status: 200,
    body: { result: { items, total_items: products.length, last_id: items.length ? Buffer.from(String(end)).toString("base64") : "" } },
  };
}

function client(answer: (request: SentRequest) => ScriptedAnswer) {
  const clock = new FakeClock();
  const { fetch, sent } = scriptedFetch(clock, answer);
  const ozon = createOzonClient({
    baseUrl: "http://ozon.test/",
    clientId: "123",
    apiKey: "key",
    fetch,
    clock,
    throttle: new Throttle({ clock }),
  });
  return { ozon, sent, clock };
}

function expectContractValid(sent: SentRequest[]) {
  for (const request of sent) {
    const path = new URL(request.url).pathname;
    expect(validateRequest("ozon", request.method, path, request.body).errors).toEqual([]);
  }
}

describe("Ozon paging helpers", () => {
  it("walks the whole catalogue by last_id, every product exactly once, stopping at total_items", async () => {
    const { ozon, sent, clock } = client(productListAnswer);
    const all = await clock.run(collect(ozon.listAllProducts()));
    expect(all.map((p) => p.product_id)).toEqual(products.map((p) => p.product_id));
    expect(sent).toHaveLength(3);
    expect(sent[0]?.headers).toMatchObject({ "client-id": "123", "api-key": "key" });
    expectContractValid(sent);
  });

  it("stops on an empty page when the total is not reported", async () => {
    const { ozon, sent, clock } = client((request) => {
      const answer = productListAnswer(request) as { status: number; body: { result: Record<string, unknown> } };
      delete answer.body.result.total_items;
      return answer;
    });
    expect(await clock.run(collect(ozon.listAllProducts()))).toHaveLength(products.length);
    expect(sent).toHaveLength(4);
  });

  it("reports a looping cursor instead of paging forever", async () => {
    const { ozon, clock } = client(() => ({ status: 200, body: { result: { items: [products[0]], last_id: "same" } } }));
    await expect(clock.run(collect(ozon.listAllProducts()))).rejects.toBeInstanceOf(MarketplaceTransientError);
  });

  it("asks for product details in chunks of 1000 ids, sent as strings", async () => {
    const { ozon, sent, clock } = client((request) => {
      const ids = (request.body as { product_id: string[] }).product_id;
      return { status: 200, body: { items: ids.map((id) => ({ id: Number(id), offer_id: `o${id}`, price: "10.00" })) } };
    });
    const ids = products.map((p) => p.product_id);
    const all = await clock.run(collect(ozon.productInfo(ids)));
    expect(all.map((p) => p.id)).toEqual(ids);
    expect(sent.map((r) => (r.body as { product_id: string[] }).product_id.length)).toEqual([1000, 1000, 345]);
    expectContractValid(sent);
  });

  it("follows has_next and last_value_id through dictionary values", async () => {
    const { ozon, sent, clock } = client((request) => {
      const last = (request.body as { last_value_id: number }).last_value_id;
      const result = [last + 1, last + 2].map((id) => ({ id, value: `v${id}` }));
      return { status: 200, body: { result, has_next: last < 4 } };
    });
    const values = await clock.run(collect(ozon.attributeValuesAll(17028983, 93482, 85)));
    expect(values.map((v) => v.id)).toEqual([1, 2, 3, 4, 5, 6]);
    expectContractValid(sent);
  });

  it("reads prices by cursor and turns number-or-string ids into numbers", async () => {
    const { ozon, sent, clock } = client((request) => {
      const cursor = (request.body as { cursor?: string }).cursor;
      const item = { product_id: cursor ? "2" : 1, offer_id: "a", price: { price: cursor ? "99.5" : 100, currency_code: "RUB" } };
      return { status: 200, body: { cursor: cursor ? "" : "next", items: [item], total_items: 2 } };
    });
    const prices = await clock.run(collect(ozon.pricesAll()));
    expect(prices.map((p) => [p.product_id, p.price.price])).toEqual([
      [1, 100],
      [2, 99.5],
    ]);
    expectContractValid(sent);
  });
});
