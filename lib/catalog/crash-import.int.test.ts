import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryDatabase, startTsxChild } from "@/db/testing/crash-harness";
import { createFreshDatabase } from "@/db/testing/fresh-database";
import { startEmulators, type RunningEmulators } from "@/lib/marketplaces/emulators";

/*
 * Done-criterion of the import: a 5,000-product sandbox catalogue, imported by the built-in runner in
 * a child process that is SIGKILLed halfway, finishes after a restart with every product exactly once.
 * The emulator lives here, in the parent, so it survives the kill.
 */
const PRODUCTS = 5_000;
const TIME_SCALE = 20;
const child = path.join(import.meta.dirname, "testing/crash-import-child.ts");

let emulators: RunningEmulators;
beforeAll(async () => {
  emulators = await startEmulators({ products: 0, timeScale: TIME_SCALE });
});
afterAll(() => emulators?.close());

const startChild = (phase: string, env: NodeJS.ProcessEnv) => startTsxChild(child, { ...env, CRASH_PHASE: phase });

describe("catalogue import crash safety", () => {
  it("is killed halfway through 5,000 products and finishes after a restart with every product exactly once", async () => {
    const { ozon } = emulators.createSellerPair({ seed: "catalog-crash", products: PRODUCTS });
    const expected = emulators.ozon.state.get(ozon.clientId)!.products.map((p) => p.offerId).sort();
    const dataDir = await mkdtemp(path.join(tmpdir(), "catalog-crash-"));
    // A database of its own: the shared test database holds other tests' imports and products.
    const fresh = process.env.DATABASE_URL ? await createFreshDatabase(process.env.DATABASE_URL, "cardport_crash") : null;
    const databaseUrl = fresh?.url;
    const env = {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PGLITE_DATA_DIR: dataDir,
      RUNNER_TIME_SCALE: undefined,
      OZON_URL: emulators.ozon.url,
      OZON_CLIENT_ID: ozon.clientId,
      OZON_API_KEY: ozon.apiKey,
      OZON_TIME_SCALE: String(TIME_SCALE),
    };
    try {
      const first = startChild("1", env);
      // Some pages are stored, most are not (21 in all): kill it there.
      await first.waitFor(/pages:(?:[8-9]|1\d)\b/, 40_000);
      first.process.kill("SIGKILL");
      expect(await first.exited).toBeNull();

      const second = startChild("2", env);
      await second.waitFor(/import:\w+/, 45_000);
      expect(await second.exited).toBe(0);

      const [imported] = await queryDatabase(databaseUrl, dataDir, "select status, expected_total, error from catalog_imports");
      expect(imported).toEqual({ status: "succeeded", expected_total: PRODUCTS, error: null });
      const rows = await queryDatabase(databaseUrl, dataDir, "select offer_id from ozon_products order by offer_id");
      expect(rows.map((row) => row.offer_id).sort()).toEqual(expected);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
      await fresh?.drop();
    }
  }, 100_000);
});
