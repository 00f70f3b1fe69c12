import { z } from "zod";
import type { GeneratedProduct } from "../../catalog-generator/generate";
import type { OzonSeller } from "./state";

/**
 * The `filter` object the product methods share. Ids may arrive as strings (the schema) or
 * numbers (what the examples and many clients send); both are accepted.
 */
const id = z.union([z.string(), z.number()]).transform((v) => Number(v));

export const productFilterSchema = z
  .object({
    offer_id: z.array(z.string()).optional(),
    product_id: z.array(id).optional(),
    sku: z.array(id).optional(),
    visibility: z.string().optional(),
  })
  .partial()
  .default({});

export type ProductFilter = z.output<typeof productFilterSchema>;

const inStock = (p: GeneratedProduct) => p.stocks.fbo + p.stocks.fbs > 0;

function visible(p: GeneratedProduct, visibility: string | undefined): boolean {
  switch (visibility ?? "ALL") {
    case "ARCHIVED":
      return p.archived;
    case "VISIBLE":
    case "IN_SALE":
      return !p.archived && inStock(p);
    case "INVISIBLE":
    case "EMPTY_STOCK":
    case "REMOVED_FROM_SALE":
      return !p.archived && !inStock(p);
    default:
      return !p.archived; // "ALL" means every product except the archived ones
  }
}

export function selectProducts(seller: OzonSeller, filter: ProductFilter): GeneratedProduct[] {
  const byId = filter.product_id?.length ? new Set(filter.product_id) : null;
  const byOffer = filter.offer_id?.length ? new Set(filter.offer_id) : null;
  const bySku = filter.sku?.length ? new Set(filter.sku) : null;
  return seller.products.filter(
    (p) =>
      (!byId || byId.has(p.productId)) &&
      (!byOffer || byOffer.has(p.offerId)) &&
      (!bySku || bySku.has(p.sku)) &&
      visible(p, filter.visibility),
  );
}
