import { z } from "zod";
import { int64, productFilterSchema } from "./common";

/** /v4/product/info/attributes: attribute values, dimensions and weight, paged by last_id. */
export const productAttributesRequestSchema = z.object({
  filter: productFilterSchema.extend({ sku: z.array(z.string().regex(/^\d+$/)).optional() }).optional(),
  last_id: z.string().optional(),
  limit: z.number().int().min(1).max(1000),
  sort_by: z.string().optional(),
  sort_dir: z.enum(["ASC", "DESC"]).optional(),
});
export type OzonProductAttributesRequest = z.infer<typeof productAttributesRequestSchema>;

export const attributeValueSchema = z.looseObject({
  // Values are always text, even numbers and booleans ("7", "false").
  value: z.string(),
  dictionary_value_id: int64.optional().default(0),
});

export const productAttributeSchema = z.looseObject({
  id: int64,
  complex_id: int64.optional().default(0),
  values: z.array(attributeValueSchema).default([]),
});
export type OzonProductAttribute = z.infer<typeof productAttributeSchema>;

// complex_attributes spells the dictionary id in camelCase in the swagger; accept both.
const complexValueSchema = z.looseObject({
  value: z.string(),
  dictionary_value_id: int64.optional(),
  dictionaryValueId: int64.optional(),
});

export const dimensionUnitSchema = z.enum(["mm", "cm", "in"]);
export const weightUnitSchema = z.enum(["g", "kg", "lb"]);

export const productAttributesSchema = z.looseObject({
  id: int64,
  offer_id: z.string(),
  name: z.string().default(""),
  barcode: z.string().optional(),
  barcodes: z.array(z.string()).default([]),
  description_category_id: int64.optional(),
  type_id: int64.optional(),
  attributes: z.array(productAttributeSchema).default([]),
  complex_attributes: z
    .array(z.looseObject({ id: int64, complex_id: int64.optional(), values: z.array(complexValueSchema).default([]) }))
    .default([]),
  // Ozon sends 0 or leaves them out when the seller never filled them: the mapper reports that.
  depth: z.number().nonnegative().optional(),
  width: z.number().nonnegative().optional(),
  height: z.number().nonnegative().optional(),
  dimension_unit: dimensionUnitSchema.optional(),
  weight: z.number().nonnegative().optional(),
  weight_unit: weightUnitSchema.optional(),
  // Typed as objects in the swagger; the live API and the example give plain URLs.
  images: z.array(z.union([z.string(), z.looseObject({ file_name: z.string() }).transform((i) => i.file_name)])).default([]),
  primary_image: z.string().optional(),
  color_image: z.string().optional(),
  model_info: z.object({ model_id: int64, count: int64.optional() }).optional(),
  sku: int64.optional(),
});
export type OzonProductAttributes = z.infer<typeof productAttributesSchema>;

export const productAttributesResponseSchema = z.object({
  result: z.array(productAttributesSchema),
  last_id: z.string().optional().default(""),
  total: int64.optional(),
  total_items: int64.optional(),
});
export type OzonProductAttributesResponse = z.infer<typeof productAttributesResponseSchema>;
