import { z } from "zod";

/** zod shapes of the WB request bodies, applied after the official-schema check. */
export const variantSchema = z.object({
  vendorCode: z.string(),
  title: z.string().optional(),
  description: z.string().optional(),
  brand: z.string().optional(),
  kizMarked: z.boolean().optional(),
  wholesale: z.object({ enabled: z.boolean().optional(), quantum: z.number().optional() }).optional(),
  dimensions: z
    .object({ length: z.number().optional(), width: z.number().optional(), height: z.number().optional(), weightBrutto: z.number().optional() })
    .optional(),
  sizes: z
    .array(z.object({ techSize: z.string().optional(), wbSize: z.string().optional(), price: z.number().optional(), skus: z.array(z.string()).optional() }))
    .optional(),
  characteristics: z.array(z.object({ id: z.number().int(), value: z.unknown() })).optional(),
});
export type VariantInput = z.infer<typeof variantSchema>;

export const uploadSchema = z.array(z.object({ subjectID: z.number().int(), variants: z.array(variantSchema) }));
export const uploadAddSchema = z.object({ imtID: z.number().int(), cardsToAdd: z.array(variantSchema) });

export const cardsListSchema = z.object({
  settings: z
    .object({
      sort: z.object({ ascending: z.boolean().optional() }).optional(),
      filter: z
        .object({
          withPhoto: z.number().int().optional(),
          textSearch: z.string().optional(),
          objectIDs: z.array(z.number().int()).optional(),
          brands: z.array(z.string()).optional(),
          imtID: z.number().int().optional(),
        })
        .optional(),
      cursor: z.object({ limit: z.number().int().optional(), updatedAt: z.string().nullish(), nmID: z.number().int().optional() }).optional(),
    })
    .optional(),
});

export const errorListSchema = z.object({
  cursor: z.object({ limit: z.number().int().optional(), updatedAt: z.string().optional(), batchUUID: z.string().optional() }).optional(),
  order: z.object({ ascending: z.boolean().optional() }).optional(),
});

export const priceTaskSchema = z.object({
  data: z.array(z.object({ nmID: z.number(), price: z.number().nullish(), discount: z.number().nullish() })),
});

export const stocksSchema = z.object({ stocks: z.array(z.object({ chrtId: z.number().int(), amount: z.number().int() })) });
export const stocksQuerySchema = z.object({ chrtIds: z.array(z.number().int()) });
