import { z } from "zod";
import { envelope } from "./common";

/** Content host: card upload, the asynchronous error list, reading cards back, media. */

// A string characteristic is an array limited by maxCount; charcType 4 wants a number.
export const characteristicValueSchema = z.union([z.array(z.string()), z.array(z.number()), z.string(), z.number()]);

export const uploadVariantSchema = z.object({
  vendorCode: z.string().min(1).max(72),
  title: z.string().max(60).optional(),
  description: z.string().optional(),
  brand: z.string().optional(),
  dimensions: z
    .object({
      length: z.number().int().min(0),
      width: z.number().int().min(0),
      height: z.number().int().min(0),
      weightBrutto: z.number().min(0),
    })
    .partial()
    .optional(),
  characteristics: z.array(z.object({ id: z.number().int(), value: characteristicValueSchema })).optional(),
  sizes: z
    .array(
      z.object({
        techSize: z.string().optional(),
        wbSize: z.string().optional(),
        price: z.number().int().optional(),
        skus: z.array(z.string()).optional(),
      }),
    )
    .optional(),
});
export type WbUploadVariant = z.infer<typeof uploadVariantSchema>;

export const uploadCardSchema = z.object({
  subjectID: z.number().int(),
  variants: z.array(uploadVariantSchema).min(1).max(30),
});
export type WbUploadCard = z.infer<typeof uploadCardSchema>;

export const cardsUploadRequestSchema = z.array(uploadCardSchema).min(1).max(100);
// 200 only means "queued": the outcome is read back from cards/list and cards/error/list.
export const cardsUploadResponseSchema = envelope(z.unknown());

export const errorListRequestSchema = z.object({
  cursor: z
    .object({ limit: z.number().int().min(1).max(100).optional(), updatedAt: z.string().optional(), batchUUID: z.string().optional() })
    .optional(),
  order: z.object({ ascending: z.boolean().optional() }).optional(),
});
export type WbErrorListRequest = z.infer<typeof errorListRequestSchema>;

export const cardErrorBatchSchema = z.looseObject({
  batchUUID: z.string(),
  vendorCodes: z.array(z.string()).default([]),
  // vendorCode → the reasons WB refused it.
  errors: z.record(z.string(), z.array(z.string())).default({}),
  subjects: z.record(z.string(), z.looseObject({ id: z.number(), name: z.string() })).optional(),
  updatedAt: z.string().optional(),
});
export type WbCardErrorBatch = z.infer<typeof cardErrorBatchSchema>;

export const errorListResponseSchema = envelope(
  z.object({
    items: z.array(cardErrorBatchSchema).default([]),
    cursor: z.object({ next: z.boolean(), updatedAt: z.string().optional(), batchUUID: z.string().optional() }),
  }),
);

export const cardsListCursorSchema = z.object({
  limit: z.number().int().min(1).max(100),
  updatedAt: z.string().nullable().optional(),
  nmID: z.number().int().optional(),
});

export const cardsListRequestSchema = z.object({
  settings: z.object({
    sort: z.object({ ascending: z.boolean().optional() }).optional(),
    filter: z
      .object({
        withPhoto: z.union([z.literal(-1), z.literal(0), z.literal(1), z.literal(2)]).optional(),
        textSearch: z.string().optional(),
        tagIDs: z.array(z.number().int()).optional(),
        allowedCategoriesOnly: z.boolean().optional(),
        objectIDs: z.array(z.number().int()).optional(),
        brands: z.array(z.string()).optional(),
        imtID: z.number().int().optional(),
      })
      .optional(),
    cursor: cardsListCursorSchema,
  }),
});
export type WbCardsListRequest = z.infer<typeof cardsListRequestSchema>;
export type WbCardsFilter = NonNullable<WbCardsListRequest["settings"]["filter"]>;

export const cardSchema = z.looseObject({
  nmID: z.number().int(),
  imtID: z.number().int(),
  subjectID: z.number().int().optional(),
  subjectName: z.string().optional(),
  vendorCode: z.string(),
  brand: z.string().optional(),
  title: z.string().optional(),
  description: z.string().optional(),
  photos: z.array(z.looseObject({ big: z.string().optional() })).default([]),
  dimensions: z
    .looseObject({
      length: z.number().optional(),
      width: z.number().optional(),
      height: z.number().optional(),
      weightBrutto: z.number().optional(),
      isValid: z.boolean().optional(),
    })
    .optional(),
  characteristics: z.array(z.looseObject({ id: z.number().int(), name: z.string().optional(), value: z.unknown() })).default([]),
  sizes: z
    .array(
      z.looseObject({
        chrtID: z.number().int(),
        techSize: z.string().optional(),
        wbSize: z.string().optional(),
        skus: z.array(z.string()).default([]),
      }),
    )
    .default([]),
  createdAt: z.string().optional(),
  updatedAt: z.string().optional(),
});
export type WbCard = z.infer<typeof cardSchema>;

export const cardsListResponseSchema = z.object({
  cards: z.array(cardSchema).default([]),
  cursor: z.object({ updatedAt: z.string().optional(), nmID: z.number().int().optional(), total: z.number().int() }),
});
export type WbCardsListResponse = z.infer<typeof cardsListResponseSchema>;

export const mediaSaveRequestSchema = z.object({ nmId: z.number().int(), data: z.array(z.url()).max(30) });
export type WbMediaSaveRequest = z.infer<typeof mediaSaveRequestSchema>;
// 200 with empty data even when a file is bad: the photos are checked by reading the card back.
export const mediaResponseSchema = envelope(z.unknown());
