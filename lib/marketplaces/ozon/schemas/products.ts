import { z } from "zod";
import { idList, int64, productFilterSchema } from "./common";

/** /v3/product/list, /v3/product/info/list and /v1/product/info/description. */
export const productListRequestSchema = z.object({
  filter: productFilterSchema.extend({ skus: idList.optional() }).optional(),
  last_id: z.string().optional(),
  limit: z.number().int().min(1).max(1000),
});
export type OzonProductListRequest = z.infer<typeof productListRequestSchema>;

export const productListItemSchema = z.looseObject({
  product_id: int64,
  offer_id: z.string(),
  archived: z.boolean().optional(),
  has_fbo_stocks: z.boolean().optional(),
  has_fbs_stocks: z.boolean().optional(),
  is_discounted: z.boolean().optional(),
  sku: int64.optional(),
});
export type OzonProductListItem = z.infer<typeof productListItemSchema>;

export const productListResponseSchema = z.object({
  result: z.object({
    items: z.array(productListItemSchema),
    // `total` is retired from 2026-11-23; `total_items` replaces it.
    total_items: int64.optional(),
    total: int64.optional(),
    last_id: z.string().optional().default(""),
  }),
});
export type OzonProductListResponse = z.infer<typeof productListResponseSchema>;

export const productInfoRequestSchema = z.object({
  offer_id: z.array(z.string()).optional(),
  product_id: idList.max(1000).optional(),
  sku: idList.optional(),
});
export type OzonProductInfoRequest = z.infer<typeof productInfoRequestSchema>;

const stockSchema = z.looseObject({
  present: z.number().int().optional(),
  reserved: z.number().int().optional(),
  sku: int64.optional(),
  source: z.string().optional(),
});

const modelInfoSchema = z.object({ model_id: int64, count: int64.optional() });

export const productInfoSchema = z.looseObject({
  id: int64,
  offer_id: z.string(),
  name: z.string().default(""),
  barcodes: z.array(z.string()).default([]),
  description_category_id: int64.optional(),
  type_id: int64.optional(),
  images: z.array(z.string()).default([]),
  primary_image: z.array(z.string()).default([]),
  color_image: z.array(z.string()).default([]),
  // Money is decimal text ("37.00"; old_price may be "").
  currency_code: z.string().optional(),
  price: z.string().optional(),
  old_price: z.string().optional(),
  min_price: z.string().optional(),
  vat: z.string().optional(),
  is_archived: z.boolean().optional(),
  is_autoarchived: z.boolean().optional(),
  model_info: modelInfoSchema.optional(),
  sku: int64.optional(),
  statuses: z
    .looseObject({
      status: z.string().optional(),
      status_name: z.string().optional(),
      moderate_status: z.string().optional(),
      validation_status: z.string().optional(),
      is_created: z.boolean().optional(),
    })
    .optional(),
  stocks: z.looseObject({ has_stock: z.boolean().optional(), stocks: z.array(stockSchema).default([]) }).optional(),
  created_at: z.string().optional(),
  updated_at: z.string().optional(),
});
export type OzonProductInfo = z.infer<typeof productInfoSchema>;

export const productInfoResponseSchema = z.object({ items: z.array(productInfoSchema) });
export type OzonProductInfoResponse = z.infer<typeof productInfoResponseSchema>;

export const productDescriptionRequestSchema = z.object({
  product_id: z.number().int().optional(),
  offer_id: z.string().optional(),
});
export type OzonProductDescriptionRequest = z.infer<typeof productDescriptionRequestSchema>;

export const productDescriptionResponseSchema = z.object({
  result: z.object({
    id: int64,
    offer_id: z.string(),
    name: z.string().default(""),
    // HTML as the seller wrote it.
    description: z.string().default(""),
  }),
});
export type OzonProductDescription = z.infer<typeof productDescriptionResponseSchema>["result"];
