/**
 * `npm run bench`: seeds 100,000 products into a fresh database (in-memory PGlite by default, or a
 * new database next to DATABASE_URL, dropped afterwards) and times the /catalog queries. Prints one
 * figure a line, `name: value unit`, each the median of several runs.
 */
import { performance } from "node:perf_hooks";
import { sql } from "drizzle-orm";
import { createFreshDatabase } from "@/db/testing/fresh-database";

const PRODUCTS = 100_000;
const RUNS = 7;

// Never touch the developer's own data: PGlite in memory, or a throwaway PostgreSQL database.
const baseUrl = process.env.DATABASE_URL;
const fresh = baseUrl ? await createFreshDatabase(baseUrl, "cardport_bench") : null;
if (fresh) process.env.DATABASE_URL = fresh.url;
else process.env.PGLITE_DATA_DIR = "memory://";

const { closeDatabase, getDb, migrateDatabase, databaseKind } = await import("@/db/client");
const { catalogQuerySchema } = await import("@/lib/catalog/catalog-query");
const { catalogFacets, listCatalog } = await import("@/lib/catalog/queries");
const { insertGeneratedRows } = await import("@/lib/catalog/testing/generated-rows");
const { seedOzonConnection } = await import("@/lib/catalog/testing/seed");

function print(name: string, value: number, unit: string) {
  console.log(`${name}: ${value.toFixed(1)} ${unit}`);
}

async function median(fn: () => Promise<unknown>): Promise<number> {
  await fn(); // warm the cache and the plan
  const times: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const started = performance.now();
    await fn();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

try {
  await migrateDatabase();
  const scope = await seedOzonConnection("Bench seller");
  const seeding = performance.now();
  await insertGeneratedRows(scope, PRODUCTS);
  await getDb().execute(sql`analyze ozon_products`);
  console.log(`database: ${databaseKind()}`);
  print("catalog_seed_s", (performance.now() - seeding) / 1000, "s");

  const list = (params: Record<string, string>) => () => listCatalog(scope.organisationId, scope.connectionId, catalogQuerySchema.parse(params));
  print("catalog_first_page_ms", await median(list({})), "ms");
  print("catalog_filter_brand_status_ms", await median(list({ brand: "Lumen", status: "active" })), "ms");
  print("catalog_filter_price_stock_sorted_ms", await median(list({ priceMin: "1000", priceMax: "5000", stockMin: "50", sort: "price", dir: "desc" })), "ms");
  print("catalog_search_name_ms", await median(list({ q: "кроссовки зимн" })), "ms");
  print("catalog_search_offer_ms", await median(list({ q: "GEN-0421" })), "ms");
  print("catalog_deep_page_ms", await median(list({ sort: "updated", page: "1000" })), "ms");
  print("catalog_facets_ms", await median(() => catalogFacets(scope.organisationId, scope.connectionId)), "ms");
} finally {
  await closeDatabase();
  await fresh?.drop();
}
