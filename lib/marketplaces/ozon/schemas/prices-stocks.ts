import { z } from "zod";
import { decimal, int64, productFilterSchema } from "./common";

/** /v5/product/info/prices and /v4/product/info/stocks, both cursor-paged. */
export const productPricesRequestSchema = z.object({
  cursor: z.string().optional(),
  filter: productFilterSchema,
  limit: z.number().int().min(1).max(1000),
});
export type OzonProductPricesRequest = z.infer<typeof productPricesRequestSchema>;

export const productPriceSchema = z.looseObject({
  product_id: int64,
  offer_id: z.string(),
  price: z.looseObject({
    currency_code: z.string().optional(),
    price: decimal.optional(),
    old_price: decimal.optional(),
    min_price: decimal.optional(),
    marketing_price: decimal.optional(),
    marketing_seller_price: decimal.optional(),
    retail_price: decimal.optional(),
    net_price: decimal.optional(),
    vat: decimal.optional(),
  }),
  volume_weight: decimal.optional(),
});
export type OzonProductPrice = z.infer<typeof productPriceSchema>;

export const productPricesResponseSchema = z.object({
  cursor: z.string().optional().default(""),
  items: z.array(productPriceSchema),
  // `total` is retired from 2026-11-23; `total_items` replaces it.
  total: int64.optional(),
  total_items: int64.optional(),
});
export type OzonProductPricesResponse = z.infer<typeof productPricesResponseSchema>;

export const productStocksRequestSchema = z.object({
  cursor: z.string().optional(),
  filter: productFilterSchema.extend({
    with_quant: z.object({ created: z.boolean().optional(), exists: z.boolean().optional() }).optional(),
  }),
  limit: z.number().int().min(1).max(1000),
});
export type OzonProductStocksRequest = z.infer<typeof productStocksRequestSchema>;

export const productStockSchema = z.looseObject({
  product_id: int64,
  offer_id: z.string(),
  stocks: z
    .array(
      z.looseObject({
        present: z.number().int().default(0),
        reserved: z.number().int().default(0),
        shipment_type: z.string().optional(),
        sku: int64.optional(),
        type: z.string().optional(),
      }),
    )
    .default([]),
});
export type OzonProductStock = z.infer<typeof productStockSchema>;

export const productStocksResponseSchema = z.object({
  cursor: z.string().optional().default(""),
  items: z.array(productStockSchema),
  total: int64.optional(),
  total_items: int64.optional(),
});
export type OzonProductStocksResponse = z.infer<typeof productStocksResponseSchema>;
