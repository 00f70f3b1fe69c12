import { and, asc, eq, inArray, ne, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { catalogImports, ozonProducts, type ImportPageCounts } from "@/db/schema/catalog";
import type { ImportScope } from "./store";

/** The lifecycle of a catalog_imports row: queued → running → succeeded | failed. */
export type ImportMode = "full" | "incremental";

const ACTIVE = ["queued", "running"] as const;

/** The queued or running import of a connection, if any. */
export async function activeImport(connectionId: string) {
  const [row] = await getDb()
    .select()
    .from(catalogImports)
    .where(and(eq(catalogImports.connectionId, connectionId), inArray(catalogImports.status, [...ACTIVE])))
    .orderBy(asc(catalogImports.createdAt))
    .limit(1);
  return row;
}

/** Queues an import for the seller's button; an import already queued or running is returned instead of a second one. */
export async function queueImport(organisationId: string, connectionId: string, mode: ImportMode): Promise<{ id: string; created: boolean }> {
  const existing = await activeImport(connectionId);
  if (existing) return { id: existing.id, created: false };
  const [row] = await getDb().insert(catalogImports).values({ organisationId, connectionId, mode }).returning({ id: catalogImports.id });
  return { id: row!.id, created: true };
}

/**
 * The import a run works on. Runs of one connection never overlap (concurrency 1 per connection),
 * so a running import is this run's own from an attempt that died before its result was recorded;
 * otherwise the oldest queued one; otherwise (an event sent without the button) a new one.
 */
export async function claimImport(organisationId: string, connectionId: string): Promise<{ importId: string; mode: ImportMode }> {
  const db = getDb();
  const existing = await activeImport(connectionId);
  if (existing) {
    await db.update(catalogImports).set({ status: "running", startedAt: existing.startedAt ?? new Date() }).where(eq(catalogImports.id, existing.id));
    return { importId: existing.id, mode: existing.mode };
  }
  const [succeeded] = await db
    .select({ id: catalogImports.id })
    .from(catalogImports)
    .where(and(eq(catalogImports.connectionId, connectionId), eq(catalogImports.status, "succeeded")))
    .limit(1);
  const mode: ImportMode = succeeded ? "incremental" : "full";
  const [row] = await db
    .insert(catalogImports)
    .values({ organisationId, connectionId, mode, status: "running", startedAt: new Date() })
    .returning({ id: catalogImports.id });
  return { importId: row!.id, mode };
}

/** Overwrites the page's counts (idempotent); `expectedTotal` once the listing told it. */
export async function recordPage(importId: string, pageKey: string, counts: ImportPageCounts, expectedTotal?: number): Promise<void> {
  await getDb()
    .update(catalogImports)
    .set({
      pages: sql`${catalogImports.pages} || ${JSON.stringify({ [pageKey]: counts })}::jsonb`,
      ...(expectedTotal === undefined ? {} : { expectedTotal }),
    })
    .where(eq(catalogImports.id, importId));
}

/**
 * Products of the connection this import did not see are no longer listed by Ozon (deleted):
 * they stay, marked removed, so selections and migrations that point at them keep working.
 */
export async function finishImport(scope: ImportScope): Promise<{ removed: number }> {
  const db = getDb();
  const removed = await db
    .update(ozonProducts)
    .set({ status: "removed", updatedAt: new Date() })
    .where(and(eq(ozonProducts.connectionId, scope.connectionId), sql`${ozonProducts.lastImportId} is distinct from ${scope.importId}`, ne(ozonProducts.status, "removed")))
    .returning({ id: ozonProducts.id });
  await db
    .update(catalogImports)
    .set({ status: "succeeded", finishedAt: new Date(), removed: removed.length, error: null })
    .where(eq(catalogImports.id, scope.importId));
  return { removed: removed.length };
}

/** onFailure: the connection's running import failed with `message`. */
export async function failRunningImport(connectionId: string, message: string): Promise<void> {
  await getDb()
    .update(catalogImports)
    .set({ status: "failed", finishedAt: new Date(), error: message })
    .where(and(eq(catalogImports.connectionId, connectionId), inArray(catalogImports.status, [...ACTIVE])));
}
