import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MarketplaceAuthError } from "../errors";
import { collect } from "../paging";
import { captureFetch, contractViolations } from "../testing/capture-fetch";
import { startSandbox } from "../testing/sandbox";
import { Throttle } from "../throttle";
import { createOzonClient } from "./client";

let sandbox: Awaited<ReturnType<typeof startSandbox>>;
beforeAll(async () => {
  sandbox = await startSandbox();
});
afterAll(() => sandbox?.close());

const PRODUCTS = 2_345;

describe("Ozon client against the emulator", () => {
  it("walks a whole generated catalogue: every product exactly once, every request per the spec", async () => {
    const { ozon: credentials } = await sandbox.createSeller(PRODUCTS, "catalogue");
    const { fetch, requests } = captureFetch();
    const ozon = createOzonClient({ baseUrl: sandbox.ozonUrl, ...credentials, fetch, throttle: new Throttle() });

    // Ozon's "ALL" leaves archived products out; they are walked separately.
    const active = await collect(ozon.listAllProducts());
    const archived = await collect(ozon.listAllProducts({ visibility: "ARCHIVED" }));
    expect(archived.every((p) => p.archived)).toBe(true);
    const ids = [...active, ...archived].map((p) => p.product_id);
    expect(ids).toHaveLength(PRODUCTS);
    expect(new Set(ids).size).toBe(PRODUCTS);
    const activeIds = new Set(active.map((p) => p.product_id));

    const info = await collect(ozon.productInfo(ids));
    expect(new Set(info.map((p) => p.id))).toEqual(new Set(ids));

    for (const walk of [ozon.attributesAll(), ozon.pricesAll(), ozon.stocksAll()]) {
      const items = (await collect(walk as AsyncGenerator<Array<{ id?: number; product_id?: number }>>)).map((p) => p.product_id ?? p.id);
      expect(items).toHaveLength(activeIds.size);
      expect(new Set(items)).toEqual(activeIds);
    }

    const first = info[0]!;
    expect((await ozon.description(first.id)).offer_id).toBe(first.offer_id);
    expect(contractViolations("ozon", requests)).toEqual([]);
  });

  it("reads the category tree, a type's attributes and a dictionary to the end", async () => {
    const { ozon: credentials } = await sandbox.createSeller(10, "categories");
    const { fetch, requests } = captureFetch();
    const ozon = createOzonClient({ baseUrl: sandbox.ozonUrl, ...credentials, fetch, throttle: new Throttle() });
    const [product] = await collect(ozon.attributesAll());
    const { description_category_id: categoryId, type_id: typeId } = product!;
    const tree = await ozon.categoryTree();
    expect(tree.length).toBeGreaterThan(0);
    const attributes = await ozon.categoryAttributes(categoryId!, typeId!);
    const dictionary = attributes.find((a) => a.dictionary_id > 0);
    expect(dictionary).toBeDefined();
    const values = await collect(ozon.attributeValuesAll(categoryId!, typeId!, dictionary!.id));
    expect(values.length).toBeGreaterThan(0);
    expect(new Set(values.map((v) => v.id)).size).toBe(values.length);
    expect(contractViolations("ozon", requests)).toEqual([]);
  });

  it("checkCredentials accepts the real key and refuses a wrong one with the Russian message", async () => {
    const { ozon: credentials } = await sandbox.createSeller(5, "check");
    const good = createOzonClient({ baseUrl: sandbox.ozonUrl, ...credentials, throttle: new Throttle() });
    expect(await good.checkCredentials()).toEqual({ totalProducts: 5 });

    const bad = createOzonClient({ baseUrl: sandbox.ozonUrl, clientId: credentials.clientId, apiKey: "wrong", throttle: new Throttle() });
    const error = await bad.checkCredentials().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MarketplaceAuthError);
    expect((error as MarketplaceAuthError).missingScope).toBe(false);
    expect((error as MarketplaceAuthError).userMessage).toBe(
      "Ozon отклонил ключ: проверьте Client-Id и Api-Key в личном кабинете Ozon → Настройки → Seller API",
    );
  });
});
