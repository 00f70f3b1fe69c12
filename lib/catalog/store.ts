import { and, eq, getTableColumns, inArray, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { ozonProducts } from "@/db/schema/catalog";
import type { HashedProduct } from "./extract";

export interface ImportScope {
  organisationId: string;
  connectionId: string;
  importId: string;
}

export type StoredHashes = Map<number, { contentHash: string; rowHash: string }>;

/** Hashes of the given products already stored for the connection. */
export async function storedHashes(connectionId: string, productIds: readonly number[]): Promise<StoredHashes> {
  if (productIds.length === 0) return new Map();
  const rows = await getDb()
    .select({ productId: ozonProducts.productId, contentHash: ozonProducts.contentHash, rowHash: ozonProducts.rowHash })
    .from(ozonProducts)
    .where(and(eq(ozonProducts.connectionId, connectionId), inArray(ozonProducts.productId, [...productIds])));
  return new Map(rows.map((row) => [row.productId, { contentHash: row.contentHash, rowHash: row.rowHash }]));
}

const { id: _id, organisationId: _org, connectionId: _conn, productId: _product, onWb: _onWb, updatedAt: _updated, descriptionHtml: _description, ...copied } =
  getTableColumns(ozonProducts);

const excluded = (column: { name: string }) => sql.raw(`excluded."${column.name}"`);

/**
 * Inserts or updates one page of products. Keyed by (connection_id, product_id), so running a page
 * again after a crash rewrites the same rows instead of adding copies. updated_at moves only when
 * the row's content changed; a description left out (null) keeps the stored one.
 */
export async function upsertProducts(scope: ImportScope, products: readonly HashedProduct[]): Promise<void> {
  if (products.length === 0) return;
  const rows = products.map((product) => ({ ...product, organisationId: scope.organisationId, connectionId: scope.connectionId, lastImportId: scope.importId }));
  await getDb()
    .insert(ozonProducts)
    .values(rows)
    .onConflictDoUpdate({
      target: [ozonProducts.connectionId, ozonProducts.productId],
      set: {
        ...Object.fromEntries(Object.entries(copied).map(([key, column]) => [key, excluded(column)])),
        descriptionHtml: sql`coalesce(${excluded(ozonProducts.descriptionHtml)}, ${ozonProducts.descriptionHtml})`,
        updatedAt: sql`case when ${ozonProducts.rowHash} is distinct from ${excluded(ozonProducts.rowHash)} then now() else ${ozonProducts.updatedAt} end`,
      },
    });
}

/** Unchanged products only record that this import saw them (the end of the import marks the unseen removed). */
export async function touchProducts(scope: ImportScope, productIds: readonly number[]): Promise<void> {
  if (productIds.length === 0) return;
  await getDb()
    .update(ozonProducts)
    .set({ lastImportId: scope.importId, importedAt: new Date() })
    .where(and(eq(ozonProducts.connectionId, scope.connectionId), inArray(ozonProducts.productId, [...productIds])));
}
