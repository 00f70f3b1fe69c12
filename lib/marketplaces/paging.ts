import { MarketplaceTransientError, type MarketplaceName } from "./errors";

/**
 * Walks a cursor-paged method to the end, one page (array) per iteration. `fetchPage` returns the
 * page's items and the cursor of the next page, or null when the page was the last. A cursor that
 * comes back twice means the server is looping: that is reported instead of paging forever.
 */
export interface Page<C, T> {
  items: T[];
  next: C | null;
}

export async function* walkPages<C, T>(
  call: { marketplace: MarketplaceName; method: string; path: string },
  first: C,
  fetchPage: (cursor: C) => Promise<Page<C, T>>,
): AsyncGenerator<T[]> {
  const seen = new Set<string>([JSON.stringify(first)]);
  let cursor = first;
  for (;;) {
    const page = await fetchPage(cursor);
    if (page.items.length > 0) yield page.items;
    if (page.next === null) return;
    const key = JSON.stringify(page.next);
    if (seen.has(key)) {
      throw new MarketplaceTransientError({ ...call, serverMessage: `cursor ${key} repeated` }, "malformed", false);
    }
    seen.add(key);
    cursor = page.next;
  }
}

/** Splits `values` into chunks of at most `size` (the marketplaces cap ids per request). */
export function chunk<T>(values: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < values.length; i += size) chunks.push(values.slice(i, i + size));
  return chunks;
}

/** Drains an async generator of pages into one array (tests, small catalogues). */
export async function collect<T>(pages: AsyncIterable<T[]>): Promise<T[]> {
  const all: T[] = [];
  for await (const page of pages) all.push(...page);
  return all;
}
