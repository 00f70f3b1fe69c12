import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MarketplaceAuthError } from "../errors";
import { collect } from "../paging";
import { captureFetch, contractViolations } from "../testing/capture-fetch";
import { startSandbox } from "../testing/sandbox";
import { Throttle } from "../throttle";
import { createWbClient } from "./client";

let sandbox: Awaited<ReturnType<typeof startSandbox>>;
beforeAll(async () => {
  sandbox = await startSandbox();
});
afterAll(() => sandbox?.close());

async function newClient(seed: string) {
  const { wb: credentials } = await sandbox.createSeller(0, seed);
  const { fetch, requests } = captureFetch();
  const wb = createWbClient({ baseUrl: sandbox.wbUrl, token: credentials.token, fetch, throttle: new Throttle() });
  return { wb, requests, token: credentials.token };
}

describe("WB client against the emulator", () => {
  it("runs a burst beyond the content limit by waiting, with no 429 and no error", async () => {
    const { wb, requests } = await newClient("burst");
    await sandbox.resetCounters();
    const started = performance.now();
    const answers = await Promise.all(Array.from({ length: 9 }, (_, i) => wb.api.subjects({ limit: 5, offset: i * 5 })));
    const elapsed = performance.now() - started;
    expect(answers.every((a) => a.data.length === 5)).toBe(true);
    // Burst 5 (the client keeps one spare), then one per 600 ms: the last five had to wait.
    expect(elapsed).toBeGreaterThanOrEqual(5 * 600);
    expect((await sandbox.counters()).wb.throttled).toBe(0);
    expect(contractViolations("wb", requests)).toEqual([]);
  });

  it("honours forced 429s (X-Ratelimit-Retry) and still succeeds", async () => {
    const { wb } = await newClient("forced-429");
    await sandbox.setFaults("wb", { burst429: 2 });
    const started = performance.now();
    const { data } = await wb.api.parentCategories();
    expect(data.length).toBeGreaterThan(0);
    expect(performance.now() - started).toBeGreaterThanOrEqual(1_000);
  });

  it("checkToken accepts a sandbox token and decodes its expiry", async () => {
    const { wb, requests } = await newClient("check");
    const check = await wb.checkToken();
    expect(check.access).toEqual({ content: true, prices: true, marketplace: true });
    expect(check.seller.name).not.toBe("");
    expect(check.token?.expiresAt?.getTime()).toBeGreaterThan(Date.now());
    expect(check.token?.scopes).toEqual(expect.arrayContaining(["content", "prices", "marketplace"]));
    expect(contractViolations("wb", requests)).toEqual([]);
  });

  it("refuses a wrong token with the typed auth error and the Russian message", async () => {
    const wb = createWbClient({ baseUrl: sandbox.wbUrl, token: "not-a-token", throttle: new Throttle() });
    const error = await wb.checkToken().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MarketplaceAuthError);
    expect((error as MarketplaceAuthError).userMessage).toMatch(/^Wildberries отклонил токен/);
  });

  it("creates a card, reads it back, then sets its photos, price and stock: every request per the spec", async () => {
    const { wb, requests } = await newClient("flow");
    const subject = (await wb.api.subjects({ limit: 1 })).data[0]!;
    const charcs = (await wb.api.subjectCharacteristics(subject.subjectID)).data;
    const [barcode] = (await wb.api.barcodes(1)).data;
    const vendorCode = "int-test-1";
    await wb.api.cardsUpload([
      {
        subjectID: subject.subjectID,
        variants: [
          {
            vendorCode,
            title: "Тестовый товар",
            description: "Описание тестового товара без HTML",
            brand: "Sandbox",
            dimensions: { length: 10, width: 10, height: 5, weightBrutto: 0.25 },
            characteristics: charcs.filter((c) => c.required).map((c) => ({ id: c.charcID, value: c.charcType === 4 ? 1 : ["значение"] })),
            sizes: [{ techSize: "0", wbSize: "", price: 1000, skus: [barcode!] }],
          },
        ],
      },
    ]);
    let card;
    for (let i = 0; i < 50 && !card; i += 1) {
      card = (await collect(wb.cardsAll())).find((c) => c.vendorCode === vendorCode);
      if (!card) await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const failed = (await collect(wb.cardErrorsAll())).filter((b) => b.vendorCodes.includes(vendorCode));
    expect(failed).toEqual([]);
    expect(card).toBeDefined();
    await wb.api.mediaSave({ nmId: card!.nmID, data: [`${sandbox.ozonUrl}/images/1.png`] });
    const task = await wb.api.pricesUpload({ data: [{ nmID: card!.nmID, price: 1500, discount: 10 }] });
    expect(task.data?.id).toBeGreaterThan(0);
    const [warehouse] = await wb.api.warehouses();
    expect(warehouse).toBeDefined();
    await wb.api.setStocks(warehouse!.id, { stocks: [{ chrtId: card!.sizes[0]!.chrtID, amount: 5 }] });
    expect(contractViolations("wb", requests)).toEqual([]);
  });
});
