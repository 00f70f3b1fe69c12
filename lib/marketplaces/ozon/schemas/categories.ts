import { z } from "zod";
import { int64 } from "./common";

/** /v1/description-category/tree, …/attribute and …/attribute/values. */
export const languageSchema = z.enum(["DEFAULT", "RU", "EN", "TR", "ZH_HANS"]);

export const categoryTreeRequestSchema = z.object({ language: languageSchema.optional() });
export type OzonCategoryTreeRequest = z.infer<typeof categoryTreeRequestSchema>;

/** A node: a category (description_category_id, category_name) or a leaf type (type_id, type_name). */
export interface OzonCategoryNode {
  description_category_id?: number;
  category_name?: string;
  type_id?: number;
  type_name?: string;
  disabled: boolean;
  children: OzonCategoryNode[];
}

// The tree is recursive, so its type is written out once above and the schema checks against it.
export const categoryNodeSchema: z.ZodType<OzonCategoryNode, unknown> = z.lazy(() =>
  z.object({
    description_category_id: int64.optional(),
    category_name: z.string().optional(),
    type_id: int64.optional(),
    type_name: z.string().optional(),
    disabled: z.boolean().default(false),
    children: z.array(categoryNodeSchema).default([]),
  }),
);

export const categoryTreeResponseSchema = z.object({ result: z.array(categoryNodeSchema) });

export const categoryAttributesRequestSchema = z.object({
  description_category_id: z.number().int(),
  type_id: z.number().int(),
  language: languageSchema.optional(),
});
export type OzonCategoryAttributesRequest = z.infer<typeof categoryAttributesRequestSchema>;

export const categoryAttributeSchema = z.looseObject({
  id: int64,
  name: z.string(),
  description: z.string().optional(),
  type: z.string().optional(),
  is_collection: z.boolean().default(false),
  is_required: z.boolean().default(false),
  is_aspect: z.boolean().optional(),
  category_dependent: z.boolean().optional(),
  dictionary_id: int64.optional().default(0),
  group_id: int64.optional(),
  group_name: z.string().optional(),
  attribute_complex_id: int64.optional(),
  max_value_count: int64.optional(),
  complex_is_collection: z.boolean().optional(),
});
export type OzonCategoryAttribute = z.infer<typeof categoryAttributeSchema>;

export const categoryAttributesResponseSchema = z.object({ result: z.array(categoryAttributeSchema) });

export const attributeValuesRequestSchema = z.object({
  attribute_id: z.number().int(),
  description_category_id: z.number().int(),
  type_id: z.number().int(),
  language: languageSchema.optional(),
  last_value_id: z.number().int().optional(),
  limit: z.number().int().min(1).max(2000),
});
export type OzonAttributeValuesRequest = z.infer<typeof attributeValuesRequestSchema>;

export const attributeDictionaryValueSchema = z.looseObject({
  id: int64,
  value: z.string(),
  info: z.string().optional(),
  picture: z.string().optional(),
});
export type OzonAttributeDictionaryValue = z.infer<typeof attributeDictionaryValueSchema>;

export const attributeValuesResponseSchema = z.object({
  result: z.array(attributeDictionaryValueSchema),
  has_next: z.boolean().default(false),
});
export type OzonAttributeValuesResponse = z.infer<typeof attributeValuesResponseSchema>;
