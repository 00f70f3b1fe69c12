/**
 * Ozon's opaque paging tokens (`last_id`, `cursor`): base64 of the last product_id returned.
 * An empty token means "from the start"; the answer's token is empty when nothing is left.
 */
export function encodeCursor(productId: number): string {
  return Buffer.from(String(productId), "utf8").toString("base64");
}

/** The product_id after which to continue, 0 for the start, or null for a token we never issued. */
export function decodeCursor(token: string | undefined): number | null {
  if (!token) return 0;
  const decoded = Number(Buffer.from(token, "base64").toString("utf8"));
  return Number.isSafeInteger(decoded) && decoded > 0 ? decoded : null;
}

export interface Page<T> {
  items: T[];
  next: string;
}

/** One page of items sorted by product_id, after `token`. */
export function pageAfter<T extends { productId: number }>(items: readonly T[], token: string | undefined, limit: number): Page<T> | null {
  const after = decodeCursor(token);
  if (after === null) return null;
  const start = items.findIndex((item) => item.productId > after);
  const slice = start === -1 ? [] : items.slice(start, start + limit);
  const last = slice.at(-1);
  const more = start !== -1 && start + limit < items.length;
  return { items: slice, next: more && last ? encodeCursor(last.productId) : "" };
}
