import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { catalogImports, ozonProducts } from "@/db/schema/catalog";
import { withTestDatabase } from "@/db/testing/with-test-database";
import { startEmulators, type RunningEmulators } from "@/lib/marketplaces/emulators";
import { createOzonClient } from "@/lib/marketplaces/ozon/client";
import type { OzonSeller } from "@/lib/marketplaces/ozon/emulator/state";
import { Throttle } from "@/lib/marketplaces/throttle";
import { runCatalogImport } from "./import";
import { runDirectly } from "./testing/direct-runner";
import { seedOzonConnection } from "./testing/seed";

withTestDatabase();

// Limits compressed 20× in the emulator and the client alike: 5,000 descriptions take seconds, not minutes.
const TIME_SCALE = 20;
// The 5,000-product run on the real runner is crash-import.int.test.ts; this one checks the data.
const PRODUCTS = 2_000;

let emulators: RunningEmulators;
beforeAll(async () => {
  emulators = await startEmulators({ products: 0, timeScale: TIME_SCALE });
});
afterAll(() => emulators?.close());

function sandboxSeller(seed: string, products: number) {
  const { ozon } = emulators.createSellerPair({ seed, products });
  const seller = emulators.ozon.state.get(ozon.clientId)!;
  const client = createOzonClient({ baseUrl: emulators.ozon.url, ...ozon, throttle: new Throttle({ timeScale: TIME_SCALE }) });
  return { seller, client };
}

const storedRows = (connectionId: string) =>
  getDb()
    .select({ productId: ozonProducts.productId, offerId: ozonProducts.offerId, price: ozonProducts.price, status: ozonProducts.status })
    .from(ozonProducts)
    .where(eq(ozonProducts.connectionId, connectionId));

function removeFromEmulator(seller: OzonSeller, productId: number) {
  const product = seller.byProductId.get(productId)!;
  seller.products.splice(seller.products.indexOf(product), 1);
  seller.byProductId.delete(productId);
  seller.byOfferId.delete(product.offerId);
  seller.bySku.delete(product.sku);
}

describe("catalogue import against the Ozon emulator", () => {
  it("imports every product exactly once, then re-imports incrementally: changed price picked up, removed product marked", async () => {
    const { seller, client } = sandboxSeller("catalog-import", PRODUCTS);
    const scope = await seedOzonConnection("Import seller");
    const input = { ...scope, client: async () => client };

    const first = await runCatalogImport(runDirectly, input);
    expect(first).toMatchObject({ mode: "full", stored: PRODUCTS, removed: 0 });
    const rows = await storedRows(scope.connectionId);
    expect(rows).toHaveLength(PRODUCTS);
    expect(rows.map((r) => r.offerId).sort()).toEqual(seller.products.map((p) => p.offerId).sort());
    const archived = seller.products.filter((p) => p.archived).length;
    expect(archived).toBeGreaterThan(0);
    expect(rows.filter((r) => r.status === "archived")).toHaveLength(archived);

    const [imported] = await getDb().select().from(catalogImports).where(eq(catalogImports.id, first.importId));
    expect(imported).toMatchObject({ status: "succeeded", expectedTotal: PRODUCTS });
    const pages = Object.values(imported!.pages);
    expect(pages.reduce((sum, p) => sum + p.descriptions, 0)).toBe(PRODUCTS);

    // A sample row carries what the migration needs, extracted from the payloads.
    const sample = seller.products.find((p) => !p.archived && p.oldPrice !== null)!;
    const [row] = await getDb()
      .select()
      .from(ozonProducts)
      .where(and(eq(ozonProducts.connectionId, scope.connectionId), eq(ozonProducts.productId, sample.productId)));
    expect(row).toMatchObject({
      offerId: sample.offerId,
      name: sample.name,
      price: Math.round(sample.price * 100),
      oldPrice: Math.round(sample.oldPrice! * 100),
      stockTotal: sample.stocks.fbo - sample.stocks.reserved + sample.stocks.fbs,
      modelId: sample.modelId,
      descriptionHtml: sample.descriptionHtml,
      typeId: sample.kind.ozon.typeId,
      dimensionUnit: sample.dimensions.unit,
    });
    expect(row!.typeName).toBeTruthy();
    expect(row!.categoryPath).toContain(row!.typeName!);

    // Ozon changes one price and deletes one product; the next import is incremental.
    const changed = seller.products.find((p) => !p.archived && p.productId !== sample.productId)!;
    changed.price += 100;
    removeFromEmulator(seller, sample.productId);
    const second = await runCatalogImport(runDirectly, input);
    expect(second).toMatchObject({ mode: "incremental", stored: PRODUCTS - 1, removed: 1 });
    const after = await storedRows(scope.connectionId);
    expect(after).toHaveLength(PRODUCTS);
    expect(after.find((r) => r.productId === changed.productId)!.price).toBe(Math.round(changed.price * 100));
    expect(after.find((r) => r.productId === sample.productId)!.status).toBe("removed");
    const [incremental] = await getDb().select().from(catalogImports).where(eq(catalogImports.id, second.importId));
    // Nothing but a price changed: no description was fetched again.
    expect(Object.values(incremental!.pages).reduce((sum, p) => sum + p.descriptions, 0)).toBe(0);
    expect(new Set(after.map((r) => r.productId)).size).toBe(PRODUCTS);
  }, 60_000);
});
