import { InngestTestEngine } from "@inngest/test";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { catalogImports, ozonProducts } from "@/db/schema/catalog";
import { withTestDatabase } from "@/db/testing/with-test-database";
import { inngest } from "@/inngest/client";
import { seedOzonConnection } from "@/lib/catalog/testing/seed";
import { startEmulators, type RunningEmulators } from "@/lib/marketplaces/emulators";
import { createOzonClient } from "@/lib/marketplaces/ozon/client";
import { Throttle } from "@/lib/marketplaces/throttle";
import { createImportCatalogFunction } from "./import-catalog";

withTestDatabase();

const TIME_SCALE = 20;
let emulators: RunningEmulators;
beforeAll(async () => {
  emulators = await startEmulators({ products: 0, timeScale: TIME_SCALE });
});
afterAll(() => emulators?.close());

/** A fresh engine per test, as @inngest/test keeps no way to reset one. */
function engineFor(clientFor: Parameters<typeof createImportCatalogFunction>[1], data: { organisationId: string; connectionId: string }) {
  return new InngestTestEngine({
    function: createImportCatalogFunction(inngest, clientFor),
    events: [{ name: "catalog/import.requested", data }],
  });
}

describe("import-catalog function (step logic, @inngest/test)", () => {
  it("runs one step per listed page and stores every product once", async () => {
    const { ozon } = emulators.createSellerPair({ seed: "inngest-test-engine", products: 600 });
    const client = createOzonClient({ baseUrl: emulators.ozon.url, ...ozon, throttle: new Throttle({ timeScale: TIME_SCALE }) });
    const scope = await seedOzonConnection("Engine seller");
    const { result, state } = await engineFor(async () => client, scope).execute();

    expect(result).toBeTruthy();
    // start + three list pages of 250 + finish (+ archived pages when there are any).
    expect(Object.keys(state).length).toBeGreaterThanOrEqual(5);
    const stored = await getDb().select({ offerId: ozonProducts.offerId }).from(ozonProducts).where(eq(ozonProducts.connectionId, scope.connectionId));
    const expected = emulators.ozon.state.get(ozon.clientId)!.products.map((p) => p.offerId);
    expect(stored.map((row) => row.offerId).sort()).toEqual([...expected].sort());
    const [record] = await getDb().select().from(catalogImports).where(eq(catalogImports.connectionId, scope.connectionId));
    expect(record?.status).toBe("succeeded");
  });

  it("fails without retrying when Ozon refuses the key, with the seller-facing message", async () => {
    const scope = await seedOzonConnection("Refused seller");
    const refused = createOzonClient({ baseUrl: emulators.ozon.url, clientId: "1", apiKey: "wrong", throttle: new Throttle({ timeScale: TIME_SCALE }) });
    const { error } = await engineFor(async () => refused, scope).execute();
    expect(error).toBeTruthy();
    expect(String((error as { message?: string }).message)).toContain("Ozon отклонил ключ");
    expect((error as { name?: string }).name).toBe("NonRetriableError");
  });
});
