import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkedCall } from "../../contract/checked-call";
import { startEmulators, type RunningEmulators } from "../../emulators";

/** The asynchronous side of WB: queued cards, the error list, photos, price tasks and stocks. */
let emu: RunningEmulators;
const CARD_DELAY_MS = 5_000; // marketplace time; at time scale 100 it takes 50 ms
beforeAll(async () => {
  emu = await startEmulators({ seed: "wb-cards", products: 20, timeScale: 100, wbSettings: { cardDelayMs: CARD_DELAY_MS } });
});
afterAll(() => emu?.close());

async function wb(method: string, path: string, body?: unknown) {
  const answer = await checkedCall("wb", emu.wb.url, method, path, { body, headers: { Authorization: emu.seller.wb.token } });
  expect(answer.violations).toEqual([]);
  return answer as { status: number; body: any }; // eslint-disable-line @typescript-eslint/no-explicit-any
}

const shirt = (vendorCode: string, colour: string, barcode?: string) => ({
  vendorCode,
  title: "Футболка базовая хлопковая",
  description: "Футболка из хлопка, прямой крой.",
  brand: "UrbanFox",
  dimensions: { length: 30, width: 25, height: 3, weightBrutto: 0.25 },
  characteristics: [
    { id: 14177449, value: [colour] },
    { id: 204557, value: ["Мужской"] },
    { id: 14177450, value: ["хлопок 100%"] },
    { id: 14177451, value: ["Китай"] },
  ],
  sizes: [{ techSize: "M", wbSize: "46", price: 1990, ...(barcode ? { skus: [barcode] } : {}) }],
});

const cardsByVendor = async (text: string) =>
  (await wb("POST", "/content/v2/get/cards/list", { settings: { cursor: { limit: 100 }, filter: { textSearch: text, withPhoto: -1 } } })).body.cards;

describe("WB cards are created asynchronously", () => {
  it("queues an upload: cards appear after the scaled delay with nmID, a shared imtID, chrtIDs and skus", async () => {
    const [barcode] = (await wb("POST", "/content/v2/barcodes", { count: 1 })).body.data;
    expect(barcode).toMatch(/^\d{13}$/);
    const upload = await wb("POST", "/content/v2/cards/upload", [{ subjectID: 192, variants: [shirt("async-black", "черный", barcode), shirt("async-white", "белый")] }]);
    expect(upload.status).toBe(200);
    expect(await cardsByVendor("async-")).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, CARD_DELAY_MS / 100 + 30));
    const cards = await cardsByVendor("async-");
    expect(cards).toHaveLength(2);
    expect(cards[0].imtID).toBe(cards[1].imtID);
    expect(cards.map((c: { sizes: Array<{ skus: string[] }> }) => c.sizes[0]?.skus[0])).toContain(barcode);
    expect(cards.every((c: { sizes: Array<{ chrtID: number }> }) => c.sizes[0]!.chrtID > 0)).toBe(true);

    await wb("POST", "/content/v2/cards/upload/add", { imtID: cards[0].imtID, cardsToAdd: [shirt("async-red", "красный")] });
    await emu.wb.whenIdle();
    const red = await cardsByVendor("async-red");
    expect(red[0].imtID).toBe(cards[0].imtID);
  });

  it("reports bad cards in cards/error/list: dictionary, required, title, dimensions, vendorCode", async () => {
    const bad = {
      ...shirt("bad-1", "черно-бурый"),
      title: "Очень длинное наименование футболки, которое точно не поместится в шестьдесят символов",
      dimensions: { length: 0, width: 25, height: 3, weightBrutto: 0.25 },
      characteristics: [{ id: 14177449, value: ["черно-бурый"] }],
    };
    const upload = await wb("POST", "/content/v2/cards/upload", [{ subjectID: 192, variants: [bad, shirt("async-black", "черный")] }]);
    expect(upload.status).toBe(400); // async-black exists already: the spec's synchronous 400
    await wb("POST", "/content/v2/cards/upload", [{ subjectID: 192, variants: [bad] }, { subjectID: 192, variants: [shirt("dup-1", "белый"), shirt("dup-1", "черный")] }]);
    await emu.wb.whenIdle();
    expect(await cardsByVendor("bad-1")).toEqual([]);
    const errors = (await wb("POST", "/content/v2/cards/error/list", { cursor: { limit: 10 }, order: { ascending: false } })).body.data;
    const batch = errors.items[0];
    expect(batch.vendorCodes).toEqual(expect.arrayContaining(["bad-1", "dup-1"]));
    const text = batch.errors["bad-1"].join("\n");
    expect(text).toMatch(/отсутствует в справочнике/);
    expect(text).toMatch(/обязательная характеристика «Пол»/);
    expect(text).toMatch(/не более 60 символов/);
    expect(text).toMatch(/габариты/);
    expect(batch.errors["dup-1"].join()).toMatch(/уже используется/);
  });
});

describe("WB photos, prices and stocks need a created card", () => {
  it("saves photos only when every link is a big enough image", async () => {
    const [card] = await cardsByVendor("async-black");
    const good = `${emu.ozon.url}/images/900x1200/222222-999999/a.png`;
    const small = `${emu.ozon.url}/images/500x600/222222-999999/b.png`;
    await wb("POST", "/content/v3/media/save", { nmId: card.nmID, data: [good, small] });
    await emu.wb.whenIdle();
    expect((await cardsByVendor("async-black"))[0].photos).toEqual([]);
    await wb("POST", "/content/v3/media/save", { nmId: card.nmID, data: [good, good] });
    await emu.wb.whenIdle();
    expect((await cardsByVendor("async-black"))[0].photos).toHaveLength(2);
  });

  it("runs price tasks: status 3 when applied, quarantine for a price 3× lower", async () => {
    const [card] = await cardsByVendor("async-white");
    const ok = await wb("POST", "/api/v2/upload/task", { data: [{ nmID: card.nmID, price: 2490, discount: 10 }] });
    await emu.wb.whenIdle();
    expect((await wb("GET", `/api/v2/history/tasks?uploadID=${ok.body.data.id}`)).body.data.status).toBe(3);
    const cheap = await wb("POST", "/api/v2/upload/task", { data: [{ nmID: card.nmID, price: 500, discount: 10 }, { nmID: 1, price: 100 }] });
    await emu.wb.whenIdle();
    expect((await wb("GET", `/api/v2/history/tasks?uploadID=${cheap.body.data.id}`)).body.data.status).toBe(6);
    const goods = (await wb("GET", `/api/v2/history/goods/task?uploadID=${cheap.body.data.id}&limit=10`)).body.data.historyGoods;
    expect(goods[0].errorText).toMatch(/Price Quarantine/);
    expect((await wb("GET", "/api/v2/quarantine/goods?limit=10")).body.data.quarantineGoods[0].nmID).toBe(card.nmID);
  });

  it("sets stocks by the card's chrtID and refuses an unknown one with 409", async () => {
    const [card] = await cardsByVendor("async-black");
    const [warehouse] = (await wb("GET", "/api/v3/warehouses")).body;
    const chrtId = card.sizes[0].chrtID;
    expect((await wb("PUT", `/api/v3/stocks/${warehouse.id}`, { stocks: [{ chrtId, amount: 7 }] })).status).toBe(204);
    expect((await wb("POST", `/api/v3/stocks/${warehouse.id}`, { chrtIds: [chrtId] })).body.stocks).toEqual([{ chrtId, amount: 7 }]);
    const unknown = await wb("PUT", `/api/v3/stocks/${warehouse.id}`, { stocks: [{ chrtId: 12345, amount: 1 }] });
    expect(unknown.status).toBe(409);
    expect(unknown.body[0].code).toBe("NotFound");
  });
});
