import type { OzonProductStock } from "@/lib/marketplaces/ozon/schemas/prices-stocks";
import type { OzonProductInfo } from "@/lib/marketplaces/ozon/schemas/products";

type StockLine = { present?: number; reserved?: number };

/** What can be sold: present minus reserved, summed over every warehouse type (FBO, FBS…). */
export function availableStock(lines: readonly StockLine[]): number {
  return lines.reduce((sum, line) => sum + Math.max(0, (line.present ?? 0) - (line.reserved ?? 0)), 0);
}

/** The dedicated /v4/product/info/stocks answer wins; info's own stock lines are the fallback. */
export function stockOf(stock: OzonProductStock | undefined, info: OzonProductInfo): number {
  return availableStock(stock?.stocks ?? info.stocks?.stocks ?? []);
}
