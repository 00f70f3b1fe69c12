import { and, asc, desc, eq, gte, lte, or, sql, type SQL } from "drizzle-orm";
import { ozonProducts } from "@/db/schema/catalog";
import type { CatalogFilter, SortKey } from "./catalog-query";

/**
 * Filters and sorts of /catalog as SQL. Every condition has an index behind it at 100k products
 * (see db/schema/catalog.ts): the connection leads every composite index, name search uses the GIN
 * index on to_tsvector('simple', name), offer_id search a lower(offer_id) prefix index.
 */
const WORD = /[\p{L}\p{N}]+/gu;

/** "red  Sho" → "red:* & sho:*": every word must start a word of the name; null when nothing searchable. */
export function prefixTsQuery(text: string): string | null {
  const words = text.toLowerCase().match(WORD);
  return words ? words.map((word) => `${word}:*`).join(" & ") : null;
}

const likePrefix = (text: string) => `${text.toLowerCase().replace(/[\\%_]/g, (char) => `\\${char}`)}%`;

function searchCondition(q: string): SQL {
  const conditions: SQL[] = [sql`lower(${ozonProducts.offerId}) like ${likePrefix(q)}`];
  const tsQuery = prefixTsQuery(q);
  if (tsQuery) conditions.push(sql`to_tsvector('simple', ${ozonProducts.name}) @@ to_tsquery('simple', ${tsQuery})`);
  if (/^\d{1,18}$/.test(q)) conditions.push(eq(ozonProducts.sku, Number(q)), eq(ozonProducts.productId, Number(q)));
  return or(...conditions)!;
}

const toMinor = (roubles: number) => Math.round(roubles * 100);

/** WHERE of a catalogue view: always scoped to the organisation and the connection. */
export function catalogWhere(organisationId: string, connectionId: string, filter: CatalogFilter): SQL {
  const conditions: Array<SQL | undefined> = [
    eq(ozonProducts.organisationId, organisationId),
    eq(ozonProducts.connectionId, connectionId),
    filter.q ? searchCondition(filter.q) : undefined,
    filter.typeId !== undefined ? eq(ozonProducts.typeId, filter.typeId) : undefined,
    filter.brand !== undefined ? eq(ozonProducts.brand, filter.brand) : undefined,
    filter.priceMin !== undefined ? gte(ozonProducts.price, toMinor(filter.priceMin)) : undefined,
    filter.priceMax !== undefined ? lte(ozonProducts.price, toMinor(filter.priceMax)) : undefined,
    filter.stockMin !== undefined ? gte(ozonProducts.stockTotal, filter.stockMin) : undefined,
    filter.stockMax !== undefined ? lte(ozonProducts.stockTotal, filter.stockMax) : undefined,
    filter.status !== undefined ? eq(ozonProducts.status, filter.status) : undefined,
    filter.onWb !== undefined ? eq(ozonProducts.onWb, filter.onWb === "yes") : undefined,
  ];
  return and(...conditions)!;
}

const SORT_COLUMNS = {
  name: ozonProducts.name,
  price: ozonProducts.price,
  stock: ozonProducts.stockTotal,
  updated: ozonProducts.updatedAt,
} as const;

/** ORDER BY matching the (connection_id, key, product_id) indexes; product_id makes pages stable. */
export function catalogOrder(sort: SortKey, dir: "asc" | "desc"): SQL[] {
  const by = dir === "asc" ? asc : desc;
  return [by(SORT_COLUMNS[sort]), by(ozonProducts.productId)];
}
