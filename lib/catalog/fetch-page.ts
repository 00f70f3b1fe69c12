import { MarketplaceNotFoundError } from "@/lib/marketplaces/errors";
import type { OzonClient } from "@/lib/marketplaces/ozon/client";
import { collect } from "@/lib/marketplaces/paging";
import type { OzonProductFilter } from "@/lib/marketplaces/ozon/schemas/common";
import type { OzonProductListItem } from "@/lib/marketplaces/ozon/schemas/products";
import { mapConcurrent } from "./concurrency";
import { contentHash, type FetchedProduct } from "./extract";

export type ListingVisibility = "ALL" | "ARCHIVED";

/** Requests of one page, per phase, for the progress panel. */
export type PhaseCounts = { info: number; attributes: number; descriptions: number; prices: number; stocks: number };

// Descriptions are one request per product: enough in flight to use Ozon's 50 rps, the throttle keeps it there.
const DESCRIPTION_CONCURRENCY = 12;

/**
 * Reads everything about one listed page of products: info, attributes, prices and stocks in bulk
 * (one request each for ≤1000 ids), then descriptions one by one — only for the products
 * `needsDescription` names, which is how an incremental import saves most of its requests.
 */
export async function fetchPage(
  client: OzonClient,
  listed: readonly OzonProductListItem[],
  visibility: ListingVisibility,
  needsDescription: (productId: number, hash: string) => boolean,
): Promise<{ products: FetchedProduct[]; counts: PhaseCounts }> {
  const ids = listed.map((item) => item.product_id);
  const filter: OzonProductFilter = { product_id: ids.map(String), visibility };
  const [info, attributes, prices, stocks] = await Promise.all([
    collect(client.productInfo(ids)),
    collect(client.attributesAll(filter)),
    collect(client.pricesAll(filter)),
    collect(client.stocksAll(filter)),
  ]);
  const infoById = new Map(info.map((item) => [item.id, item]));
  const attributesById = new Map(attributes.map((item) => [item.id, item]));
  const priceById = new Map(prices.map((item) => [item.product_id, item]));
  const stockById = new Map(stocks.map((item) => [item.product_id, item]));

  // A product listed a moment ago but gone from info was deleted in between: the next import marks it removed.
  const present = listed.filter((item) => infoById.has(item.product_id));
  const wanted = present.filter((item) =>
    needsDescription(item.product_id, contentHash(infoById.get(item.product_id)!, attributesById.get(item.product_id))),
  );
  const descriptions = new Map(
    await mapConcurrent(wanted, DESCRIPTION_CONCURRENCY, async (item) => [item.product_id, await descriptionOf(client, item.product_id)] as const),
  );

  const products = present.map((item) => ({
    listed: item,
    info: infoById.get(item.product_id)!,
    attributes: attributesById.get(item.product_id),
    price: priceById.get(item.product_id),
    stock: stockById.get(item.product_id),
    description: descriptions.get(item.product_id) ?? null,
  }));
  return {
    products,
    counts: { info: info.length, attributes: attributes.length, descriptions: descriptions.size, prices: prices.length, stocks: stocks.length },
  };
}

/** A product without a description answers 404 on Ozon: that is an empty description, not a failure. */
async function descriptionOf(client: OzonClient, productId: number): Promise<string> {
  try {
    return (await client.description(productId)).description;
  } catch (error) {
    if (error instanceof MarketplaceNotFoundError) return "";
    throw error;
  }
}
