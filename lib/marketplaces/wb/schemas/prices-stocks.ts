import { z } from "zod";

/** Prices host (upload/task, history/tasks) and marketplace host (warehouses, stocks). */
export const priceUploadRequestSchema = z.object({
  data: z
    .array(
      z.object({
        nmID: z.number().int(),
        // Whole roubles; discount in percent.
        price: z.number().int().min(0).optional(),
        discount: z.number().int().min(0).max(99).optional(),
      }),
    )
    .min(1)
    .max(1000),
});
export type WbPriceUploadRequest = z.infer<typeof priceUploadRequestSchema>;

export const priceUploadResponseSchema = z.object({
  data: z.object({ id: z.number().int(), alreadyExists: z.boolean().optional().default(false) }).nullable(),
  error: z.boolean().optional().default(false),
  errorText: z.string().optional().default(""),
});
export type WbPriceUploadResponse = z.infer<typeof priceUploadResponseSchema>;

/** history/tasks status: 3 processed, 4 cancelled, 5 processed with errors, 6 every item failed. */
export const PRICE_TASK_STATUS = { done: 3, cancelled: 4, partial: 5, failed: 6 } as const;

export const priceTaskSchema = z.looseObject({
  uploadID: z.number().int(),
  status: z.number().int(),
  uploadDate: z.string().optional(),
  activationDate: z.string().optional(),
  overAllGoodsNumber: z.number().int().optional(),
  successGoodsNumber: z.number().int().optional(),
});
export type WbPriceTask = z.infer<typeof priceTaskSchema>;

export const priceTaskResponseSchema = z.object({
  data: priceTaskSchema.nullable(),
  error: z.boolean().optional().default(false),
  errorText: z.string().optional().default(""),
});

export const warehouseSchema = z.looseObject({
  id: z.number().int(),
  name: z.string(),
  officeId: z.number().int().optional(),
  cargoType: z.number().int().optional(),
  deliveryType: z.number().int().optional(),
  isDeleting: z.boolean().optional(),
  isProcessing: z.boolean().optional(),
});
export type WbWarehouse = z.infer<typeof warehouseSchema>;
export const warehousesResponseSchema = z.array(warehouseSchema);

export const stocksRequestSchema = z.object({
  stocks: z
    .array(z.object({ chrtId: z.number().int(), amount: z.number().int().min(0).max(100_000) }))
    .min(1)
    .max(1000),
});
export type WbStocksRequest = z.infer<typeof stocksRequestSchema>;

/** common host: /ping and /api/v1/seller-info. */
export const pingResponseSchema = z.object({ TS: z.string().optional(), Status: z.string() });
export const sellerInfoResponseSchema = z.looseObject({
  name: z.string(),
  sid: z.string(),
  tin: z.string().optional(),
  tradeMark: z.string().optional(),
});
export type WbSellerInfo = z.infer<typeof sellerInfoResponseSchema>;
