import { and, asc, count, desc, eq, isNotNull, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { catalogImports, ozonProducts } from "@/db/schema/catalog";
import { getConnection, listConnections } from "@/lib/connections/queries";
import { CATALOG_PAGE_SIZE, filterOf, type CatalogQuery } from "./catalog-query";
import { catalogOrder, catalogWhere } from "./filter-sql";

/** Reads of /catalog. Every read takes the organisation: an id from the URL alone never reaches another seller's rows. */

/** The organisation's Ozon connections for the picker. */
export async function ozonConnectionsOf(organisationId: string) {
  return (await listConnections(organisationId)).filter((connection) => connection.marketplace === "ozon");
}

/** True when the connection exists, is Ozon and belongs to the organisation (the ownership check of actions). */
export async function ownsOzonConnection(organisationId: string, connectionId: string): Promise<boolean> {
  return (await getConnection(organisationId, connectionId))?.marketplace === "ozon";
}

export async function listCatalog(organisationId: string, connectionId: string, query: CatalogQuery) {
  const where = catalogWhere(organisationId, connectionId, filterOf(query));
  const db = getDb();
  const [rows, [total]] = await Promise.all([
    db
      .select({
        productId: ozonProducts.productId,
        offerId: ozonProducts.offerId,
        sku: ozonProducts.sku,
        name: ozonProducts.name,
        brand: ozonProducts.brand,
        typeName: ozonProducts.typeName,
        price: ozonProducts.price,
        currency: ozonProducts.currency,
        stockTotal: ozonProducts.stockTotal,
        status: ozonProducts.status,
        onWb: ozonProducts.onWb,
        primaryImage: ozonProducts.primaryImage,
        updatedAt: ozonProducts.updatedAt,
      })
      .from(ozonProducts)
      .where(where)
      .orderBy(...catalogOrder(query.sort, query.dir))
      .limit(CATALOG_PAGE_SIZE)
      .offset((query.page - 1) * CATALOG_PAGE_SIZE),
    db.select({ value: count() }).from(ozonProducts).where(where),
  ]);
  const totalCount = total?.value ?? 0;
  return { rows, total: totalCount, page: query.page, pageCount: Math.max(1, Math.ceil(totalCount / CATALOG_PAGE_SIZE)) };
}

export type CatalogRow = Awaited<ReturnType<typeof listCatalog>>["rows"][number];

const FACET_LIMIT = 500;

/** Brands and product types of the connection for the filter selects, most frequent first. */
export async function catalogFacets(organisationId: string, connectionId: string) {
  const scope = and(eq(ozonProducts.organisationId, organisationId), eq(ozonProducts.connectionId, connectionId));
  const db = getDb();
  const [brands, types] = await Promise.all([
    db
      .select({ brand: ozonProducts.brand, n: count() })
      .from(ozonProducts)
      .where(and(scope, isNotNull(ozonProducts.brand)))
      .groupBy(ozonProducts.brand)
      .orderBy(desc(count()), asc(ozonProducts.brand))
      .limit(FACET_LIMIT),
    db
      .select({ typeId: ozonProducts.typeId, typeName: sql<string | null>`max(${ozonProducts.typeName})`, n: count() })
      .from(ozonProducts)
      .where(and(scope, isNotNull(ozonProducts.typeId)))
      .groupBy(ozonProducts.typeId)
      .orderBy(desc(count()))
      .limit(FACET_LIMIT),
  ]);
  return {
    brands: brands.map((row) => row.brand!),
    types: types.map((row) => ({ typeId: row.typeId!, typeName: row.typeName ?? String(row.typeId) })),
  };
}

/** The newest import of the connection with its progress summed over pages. */
export async function latestImport(organisationId: string, connectionId: string) {
  const [row] = await getDb()
    .select()
    .from(catalogImports)
    .where(and(eq(catalogImports.organisationId, organisationId), eq(catalogImports.connectionId, connectionId)))
    .orderBy(desc(catalogImports.createdAt))
    .limit(1);
  if (!row) return null;
  const pages = Object.values(row.pages);
  const sum = (key: keyof (typeof pages)[number]) => pages.reduce((total, page) => total + (page[key] ?? 0), 0);
  return {
    id: row.id,
    status: row.status,
    mode: row.mode,
    error: row.error,
    startedAt: row.startedAt,
    finishedAt: row.finishedAt,
    expectedTotal: row.expectedTotal,
    removed: row.removed,
    pages: pages.length,
    counts: { listed: sum("listed"), descriptions: sum("descriptions"), stored: sum("stored"), changed: sum("changed") },
  };
}

export type ImportProgress = NonNullable<Awaited<ReturnType<typeof latestImport>>>;
