import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { ozonProducts } from "@/db/schema/catalog";
import { withTestDatabase } from "@/db/testing/with-test-database";
import { catalogQuerySchema, type CatalogQuery } from "./catalog-query";
import { catalogFacets, listCatalog, ownsOzonConnection } from "./queries";
import { selectionWhere } from "./selection-sql";
import { generatedRow, insertGeneratedRows } from "./testing/generated-rows";
import { seedOzonConnection } from "./testing/seed";

withTestDatabase();

const ROWS = 600;
const query = (params: Record<string, unknown>): CatalogQuery => catalogQuerySchema.parse(params);
const rowsOf = (n: number, scope: { organisationId: string; connectionId: string }) => Array.from({ length: n }, (_, i) => generatedRow(scope, i));

describe("catalogue queries", () => {
  it("filters, sorts, searches and pages; never shows another organisation's products", async () => {
    const a = await seedOzonConnection("Seller A");
    const b = await seedOzonConnection("Seller B");
    await insertGeneratedRows(a, ROWS, 200);
    await insertGeneratedRows(b, 50);
    const expected = rowsOf(ROWS, a);

    const all = await listCatalog(a.organisationId, a.connectionId, query({}));
    expect(all.total).toBe(ROWS);
    expect(all.pageCount).toBe(12);
    expect(all.rows).toHaveLength(50);

    const brand = await listCatalog(a.organisationId, a.connectionId, query({ brand: "Lumen", status: "active" }));
    expect(brand.total).toBe(expected.filter((r) => r.brand === "Lumen" && r.status === "active").length);
    expect(brand.rows.every((r) => r.brand === "Lumen" && r.status === "active")).toBe(true);

    const priced = await listCatalog(a.organisationId, a.connectionId, query({ priceMin: "1000", priceMax: "3000", sort: "price", dir: "desc", stockMin: "10" }));
    const inRange = expected.filter((r) => r.price! >= 100_000 && r.price! <= 300_000 && r.stockTotal! >= 10);
    expect(priced.total).toBe(inRange.length);
    expect(priced.rows[0]!.price).toBe(Math.max(...inRange.map((r) => r.price!)));

    const deep = await listCatalog(a.organisationId, a.connectionId, query({ sort: "stock", page: "12" }));
    expect(deep.rows).toHaveLength(ROWS - 11 * 50);
    expect(deep.rows.at(-1)!.stockTotal).toBe(Math.max(...expected.map((r) => r.stockTotal!)));

    const byWord = await listCatalog(a.organisationId, a.connectionId, query({ q: "Кросс зимн" }));
    expect(byWord.total).toBe(expected.filter((r) => r.name.includes("Кроссовки") && r.name.includes("зимний")).length);
    expect(byWord.total).toBeGreaterThan(0);
    const byOffer = await listCatalog(a.organisationId, a.connectionId, query({ q: "gen-00012" }));
    expect(byOffer.rows.map((r) => r.offerId).sort()).toEqual(expected.filter((r) => r.offerId.startsWith("GEN-00012")).map((r) => r.offerId).sort());
    const bySku = await listCatalog(a.organisationId, a.connectionId, query({ q: String(expected[7]!.sku) }));
    expect(bySku.rows.map((r) => r.offerId)).toEqual([expected[7]!.offerId]);
    const onWb = await listCatalog(a.organisationId, a.connectionId, query({ onWb: "yes" }));
    expect(onWb.total).toBe(expected.filter((r) => r.onWb).length);

    // Seller B's connection id in seller A's query finds nothing, and ownership says no.
    expect((await listCatalog(a.organisationId, b.connectionId, query({}))).total).toBe(0);
    expect(await ownsOzonConnection(a.organisationId, b.connectionId)).toBe(false);
    expect(await ownsOzonConnection(a.organisationId, a.connectionId)).toBe(true);

    const facets = await catalogFacets(a.organisationId, a.connectionId);
    expect(facets.brands.sort()).toEqual([...new Set(expected.map((r) => r.brand!))].sort());
    expect(facets.types).toHaveLength(5);

    // "All by filter, minus two" resolves to exactly those rows.
    const selected = await getDb()
      .select({ productId: ozonProducts.productId })
      .from(ozonProducts)
      .where(selectionWhere(a.organisationId, { mode: "filter", connectionId: a.connectionId, filter: { brand: "Lumen" }, excluded: [brand.rows[0]!.productId, brand.rows[1]!.productId] }));
    expect(selected).toHaveLength(expected.filter((r) => r.brand === "Lumen").length - 2);
  });
});
