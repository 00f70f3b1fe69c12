import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkedCall, type CheckedAnswer } from "./contract/checked-call";
import { startEmulators, type RunningEmulators } from "./emulators";

/**
 * Contract tests: every answer the emulators give, success or error, must validate against the
 * official specification for its path, method and status.
 */
let emu: RunningEmulators;
beforeAll(async () => {
  emu = await startEmulators({ seed: "contract", products: 120, timeScale: 1000 });
});
afterAll(() => emu?.close());

const ozonHeaders = () => ({ "Client-Id": emu.seller.ozon.clientId, "Api-Key": emu.seller.ozon.apiKey });
const ozon = (path: string, body: unknown, headers = ozonHeaders()) => checkedCall("ozon", emu.ozon.url, "POST", path, { body, headers });
const wb = (method: string, path: string, body?: unknown, token = emu.seller.wb.token) =>
  checkedCall("wb", emu.wb.url, method, path, { body, headers: { Authorization: token } });

function expectValid(answer: CheckedAnswer, status: number) {
  expect(answer.violations).toEqual([]);
  expect(answer.status).toBe(status);
  return answer.body as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
}

describe("Ozon emulator answers match the Ozon specification", () => {
  it("serves the catalogue methods", async () => {
    const list = expectValid(await ozon("/v3/product/list", { filter: { visibility: "ALL" }, last_id: "", limit: 50 }), 200);
    expect(list.result.items).toHaveLength(50);
    expect(list.result).not.toHaveProperty("total");
    const next = expectValid(await ozon("/v3/product/list", { filter: {}, last_id: list.result.last_id, limit: 1000 }), 200);
    expect(next.result.last_id).toBe("");
    expect(list.result.items.length + next.result.items.length).toBe(list.result.total_items);
    const id = list.result.items[0].product_id;
    const info = expectValid(await ozon("/v3/product/info/list", { product_id: [String(id)] }), 200);
    expect(typeof info.items[0].price).toBe("string");
    const attrs = expectValid(await ozon("/v4/product/info/attributes", { filter: { product_id: [String(id)], visibility: "ALL" }, limit: 10 }), 200);
    expect(attrs.result[0].attributes.some((a: { id: number }) => a.id === 9048)).toBe(true);
    expectValid(await ozon("/v1/product/info/description", { product_id: id }), 200);
    const prices = expectValid(await ozon("/v5/product/info/prices", { filter: { visibility: "ALL" }, limit: 100, cursor: "" }), 200);
    expect(prices.cursor).not.toBe("");
    expectValid(await ozon("/v4/product/info/stocks", { filter: { visibility: "ALL" }, limit: 100, cursor: prices.cursor }), 200);
  });

  it("serves the real category tree, attributes and paged dictionary values", async () => {
    const tree = expectValid(await ozon("/v1/description-category/tree", { language: "DEFAULT" }), 200);
    expect(tree.result.length).toBe(29);
    const attributes = expectValid(await ozon("/v1/description-category/attribute", { description_category_id: 200000933, type_id: 93244, language: "DEFAULT" }), 200);
    expect(attributes.result.map((a: { id: number }) => a.id)).toEqual(expect.arrayContaining([85, 9048, 10096, 4389, 4295]));
    const page = { description_category_id: 200000933, type_id: 93244, attribute_id: 10096, limit: 5 };
    const first = expectValid(await ozon("/v1/description-category/attribute/values", page), 200);
    expect(first.has_next).toBe(true);
    const second = expectValid(await ozon("/v1/description-category/attribute/values", { ...page, last_value_id: first.result.at(-1).id }), 200);
    expect(second.result[0].id).toBeGreaterThan(first.result.at(-1).id);
  });

  it("answers errors with Ozon's error body and documented statuses", async () => {
    expectValid(await ozon("/v3/product/list", { limit: 5 }, { "Client-Id": "1", "Api-Key": "nope" }), 403);
    expectValid(await ozon("/v3/product/list", { limit: 5 }, {} as ReturnType<typeof ozonHeaders>), 403);
    expectValid(await ozon("/v3/product/list", { filter: { visibility: "SOMETIMES" }, limit: 5 }), 400);
    expectValid(await ozon("/v3/product/list", { limit: 5000 }), 400);
    expectValid(await ozon("/v5/product/info/prices", { filter: {} }), 400);
    expectValid(await ozon("/v1/product/info/description", { product_id: 1 }), 404);
    expectValid(await ozon("/v1/description-category/attribute", { description_category_id: 1, type_id: 1 }), 404);
  });
});

describe("WB emulator answers match the WB specifications", () => {
  it("serves general, subjects, characteristics and directories", async () => {
    expectValid(await wb("GET", "/ping"), 200);
    expectValid(await wb("GET", "/api/v1/seller-info"), 200);
    const parents = expectValid(await wb("GET", "/content/v2/object/parent/all"), 200);
    expect(parents.data).toHaveLength(78);
    const subjects = expectValid(await wb("GET", "/content/v2/object/all?name=Кроссовки&limit=10"), 200);
    expect(subjects.data[0]).toEqual({ subjectID: 105, parentID: 2, subjectName: "Кроссовки", parentName: "Обувь" });
    const charcs = expectValid(await wb("GET", "/content/v2/object/charcs/105"), 200);
    expect(charcs.data.some((c: { required: boolean }) => c.required)).toBe(true);
    for (const name of ["colors", "kinds", "countries", "seasons", "vat"]) expectValid(await wb("GET", `/content/v2/directory/${name}`), 200);
    expectValid(await wb("GET", "/content/v2/directory/tnved?subjectID=105"), 200);
    expectValid(await wb("POST", "/content/v2/barcodes", { count: 3 }), 200);
  });

  it("answers auth, format and not-found errors with WB's bodies", async () => {
    expectValid(await wb("GET", "/ping", undefined, "not-a-token"), 401);
    expectValid(await wb("GET", "/content/v2/object/charcs/abc"), 400);
    expectValid(await wb("POST", "/content/v2/get/cards/list", { settings: { cursor: { limit: 500 } } }), 400);
    expectValid(await wb("POST", "/content/v2/cards/upload", [{ subjectID: 1, variants: [{ vendorCode: "x" }] }]), 400);
    expectValid(await wb("POST", "/api/v2/upload/task", { data: [] }), 400);
    expectValid(await wb("GET", "/api/v2/history/tasks?uploadID=x"), 400);
    expectValid(await wb("PUT", "/api/v3/stocks/1", { stocks: [{ chrtId: 1, amount: 1 }] }), 404);
    expectValid(await wb("PUT", "/api/v3/stocks/1", { nope: true }), 400);
    expectValid(await wb("POST", "/content/v3/media/save", { nmId: 1, data: [] }), 400);
    expectValid(await wb("POST", "/content/v3/media/save", { data: [] }), 422);
  });

  it("refuses a token without the content scope on content methods only", async () => {
    const token = emu.wb.issueToken(emu.seller.wb.sellerId, { scopes: ["prices", "marketplace"] });
    const refused = expectValid(await wb("GET", "/content/v2/object/parent/all", undefined, token), 401);
    expect(refused.detail).toBe("token scope not allowed");
    expectValid(await wb("GET", "/api/v3/warehouses", undefined, token), 200);
    const expired = emu.wb.issueToken(emu.seller.wb.sellerId, { expiresAt: new Date(Date.now() - 1000) });
    expectValid(await wb("GET", "/ping", undefined, expired), 401);
  });
});
