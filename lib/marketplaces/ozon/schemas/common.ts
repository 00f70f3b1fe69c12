import { z } from "zod";

/**
 * Shapes shared by the Ozon payloads. Ozon's int64 fields are typed string in its swagger but sent
 * as JSON numbers by the live API and the examples, so responses accept both and yield a number.
 */
export const int64 = z.union([z.number().int(), z.string().regex(/^-?\d+$/)]).transform(Number);
/** Doubles that the examples sometimes give as strings ("0.2"), sometimes as numbers. */
export const decimal = z.union([z.number(), z.string().regex(/^-?\d+(\.\d+)?$/)]).transform(Number);
/** Request-side id lists: the swagger types them string (int64). */
export const idList = z.array(z.string().regex(/^\d+$/));

export const visibilitySchema = z.enum([
  "ALL",
  "VISIBLE",
  "INVISIBLE",
  "EMPTY_STOCK",
  "NOT_MODERATED",
  "MODERATED",
  "DISABLED",
  "STATE_FAILED",
  "READY_TO_SUPPLY",
  "VALIDATION_STATE_PENDING",
  "VALIDATION_STATE_FAIL",
  "VALIDATION_STATE_SUCCESS",
  "TO_SUPPLY",
  "IN_SALE",
  "REMOVED_FROM_SALE",
  "OVERPRICED",
  "CRITICALLY_OVERPRICED",
  "EMPTY_BARCODE",
  "BARCODE_EXISTS",
  "QUARANTINE",
  "ARCHIVED",
  "OVERPRICED_WITH_STOCK",
  "PARTIAL_APPROVED",
  "SHOWCASE_SELECT_ACTIVE",
]);
export type OzonVisibility = z.infer<typeof visibilitySchema>;

/** The product filter of list, attributes, prices and stocks. */
export const productFilterSchema = z.object({
  offer_id: z.array(z.string()).optional(),
  product_id: idList.optional(),
  visibility: visibilitySchema.optional(),
});
export type OzonProductFilter = z.infer<typeof productFilterSchema>;

/** Ozon's error body: `{code, message, details[]}`. */
export const ozonErrorSchema = z.object({
  code: z.number().int().optional(),
  message: z.string().optional(),
  details: z.array(z.object({ typeUrl: z.string().optional(), value: z.string().optional() })).optional(),
});
