import { getDb } from "@/db/client";
import { ozonProducts, type NewOzonProductRow } from "@/db/schema/catalog";

/**
 * Synthetic ozon_products rows written straight to the database — for the benchmark (100k rows)
 * and query tests, where importing through the emulator would only add time. Deterministic: row i
 * always gets the same brand, type, price and stock.
 */
const BRANDS = ["Nordic", "Sever", "Lumen", "Orbita", "Taiga", "Vesna", "Polar", "Zarya", "Aurora", "Kedr"];
const TYPES = [
  { typeId: 970_001, typeName: "Футболка" },
  { typeId: 970_002, typeName: "Кроссовки" },
  { typeId: 970_003, typeName: "Рюкзак" },
  { typeId: 970_004, typeName: "Чайник" },
  { typeId: 970_005, typeName: "Настольная лампа" },
];
const WORDS = ["красный", "синий", "летний", "зимний", "классический", "спортивный", "детский", "женский", "мужской", "компактный"];

export function generatedRow(scope: { organisationId: string; connectionId: string }, i: number): NewOzonProductRow {
  const type = TYPES[i % TYPES.length]!;
  const brand = BRANDS[(i * 7) % BRANDS.length]!;
  const word = WORDS[(i * 3) % WORDS.length]!;
  return {
    ...scope,
    productId: 500_000_000 + i,
    offerId: `GEN-${String(i).padStart(6, "0")}`,
    sku: 900_000_000 + i,
    name: `${type.typeName} ${brand} ${word} ${i}`,
    brand,
    descriptionCategoryId: 17_000_000 + (i % TYPES.length),
    typeId: type.typeId,
    typeName: type.typeName,
    categoryPath: `Товары › ${type.typeName}`,
    price: 10_000 + ((i * 7919) % 1_000_000),
    currency: "RUB",
    stockTotal: (i * 31) % 200,
    status: i % 25 === 0 ? "archived" : "active",
    onWb: i % 10 === 0,
    contentHash: `gen-${i}`,
    rowHash: `gen-${i}`,
    raw: {},
    updatedAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000),
  };
}

/** Inserts `count` generated rows in batches (one multi-row INSERT each). */
export async function insertGeneratedRows(scope: { organisationId: string; connectionId: string }, count: number, batch = 1_000): Promise<void> {
  const db = getDb();
  for (let start = 0; start < count; start += batch) {
    const rows = Array.from({ length: Math.min(batch, count - start) }, (_, k) => generatedRow(scope, start + k));
    await db.insert(ozonProducts).values(rows);
  }
}
