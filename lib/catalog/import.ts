import type { ImportPageCounts } from "@/db/schema/catalog";
import type { OzonClient } from "@/lib/marketplaces/ozon/client";
import { categoryNamesFor } from "./categories";
import { extractProduct, withRowHash } from "./extract";
import { fetchPage, type ListingVisibility } from "./fetch-page";
import { claimImport, finishImport, recordPage, type ImportMode } from "./import-records";
import { storedHashes, touchProducts, upsertProducts, type ImportScope, type StoredHashes } from "./store";

/**
 * A whole catalogue import as a sequence of named, idempotent steps. The Inngest function passes
 * `step.run` (each step's result is recorded, so a restarted run skips what is done); tests and
 * scripts pass a runner that simply calls the step.
 *
 * Ozon has no reliable "changed since" filter on /v3/product/list, so every import walks the whole
 * listing (active, then archived) and re-reads info, attributes, prices and stocks in bulk — 4
 * requests per page. An incremental import saves the expensive part: descriptions (one request per
 * product) are fetched only for new products and those whose content hash changed. Products the
 * listing no longer returns are marked removed at the end.
 */
export type StepRunner = <T>(id: string, fn: () => Promise<T>) => Promise<T>;

export const LIST_PAGE_SIZE = 250;

const LISTINGS: ReadonlyArray<{ visibility: ListingVisibility; key: string }> = [
  { visibility: "ALL", key: "active" },
  { visibility: "ARCHIVED", key: "archived" },
];

export interface ImportInput {
  organisationId: string;
  connectionId: string;
  /** Built lazily: a resumed run whose steps are all recorded never needs the keys. */
  client: () => Promise<OzonClient>;
}

export async function runCatalogImport(run: StepRunner, input: ImportInput) {
  const claimed = await run("start", () => claimImport(input.organisationId, input.connectionId));
  const scope: ImportScope = { organisationId: input.organisationId, connectionId: input.connectionId, importId: claimed.importId };
  let expected = 0;
  let stored = 0;
  for (const listing of LISTINGS) {
    let cursor = "";
    for (let n = 0; ; n += 1) {
      const pageKey = `${listing.key}-${n}`;
      const page = await run(`page-${pageKey}`, async () =>
        importPage(await input.client(), scope, claimed.mode, { ...listing, cursor, pageKey, expectedBefore: n === 0 ? expected : null }),
      );
      if (n === 0) expected += page.total;
      stored += page.stored;
      if (page.next === null) break;
      cursor = page.next;
    }
  }
  const finished = await run("finish", () => finishImport(scope));
  return { importId: claimed.importId, mode: claimed.mode, stored, removed: finished.removed };
}

interface PageInput {
  visibility: ListingVisibility;
  cursor: string;
  pageKey: string;
  /** On a listing's first page: the totals of the listings before it, to record the expected total. */
  expectedBefore: number | null;
}

/** One step: list a page, read its details, store it, record its counts. */
export async function importPage(client: OzonClient, scope: ImportScope, mode: ImportMode, page: PageInput) {
  const { result } = await client.api.productList({ filter: { visibility: page.visibility }, last_id: page.cursor, limit: LIST_PAGE_SIZE });
  const total = result.total_items ?? result.total ?? 0;
  const ids = result.items.map((item) => item.product_id);
  const known: StoredHashes = mode === "full" ? new Map() : await storedHashes(scope.connectionId, ids);
  const [{ products, counts }, categories] = await Promise.all([
    fetchPage(client, result.items, page.visibility, (id, hash) => known.get(id)?.contentHash !== hash),
    categoryNamesFor(scope.connectionId, client),
  ]);
  const extracted = products.map((product) => withRowHash(extractProduct(product, categories)));
  // Rewrite what changed (or got a fresh description); the rest is only marked as seen.
  const isChanged = (product: (typeof extracted)[number]) => product.descriptionHtml !== null || known.get(product.productId)?.rowHash !== product.rowHash;
  const changed = extracted.filter(isChanged);
  await upsertProducts(scope, changed);
  await touchProducts(scope, extracted.filter((product) => !isChanged(product)).map((product) => product.productId));
  const pageCounts: ImportPageCounts = { listed: result.items.length, ...counts, stored: products.length, changed: changed.length };
  await recordPage(scope.importId, page.pageKey, pageCounts, page.expectedBefore === null ? undefined : page.expectedBefore + total);
  const next = result.items.length === 0 || result.last_id === "" ? null : result.last_id;
  return { next, total, stored: products.length };
}
