import { z } from "zod";
import { envelope } from "./common";

/** Content host: categories, subjects, characteristics, dictionaries, barcodes. */
export const parentCategorySchema = z.looseObject({ id: z.number().int(), name: z.string(), isVisible: z.boolean().optional() });
export type WbParentCategory = z.infer<typeof parentCategorySchema>;
export const parentCategoriesResponseSchema = envelope(z.array(parentCategorySchema));

export const subjectsQuerySchema = z.object({
  name: z.string().optional(),
  limit: z.number().int().min(1).max(1000).optional(),
  offset: z.number().int().min(0).optional(),
  parentID: z.number().int().optional(),
  locale: z.string().optional(),
});
export type WbSubjectsQuery = z.infer<typeof subjectsQuerySchema>;

export const subjectSchema = z.looseObject({
  subjectID: z.number().int(),
  parentID: z.number().int(),
  subjectName: z.string(),
  parentName: z.string(),
});
export type WbSubject = z.infer<typeof subjectSchema>;
export const subjectsResponseSchema = envelope(z.array(subjectSchema));

export const characteristicSchema = z.looseObject({
  charcID: z.number().int(),
  name: z.string(),
  subjectID: z.number().int().optional(),
  subjectName: z.string().optional(),
  required: z.boolean().default(false),
  unitName: z.string().default(""),
  // 0 means "no limit" for string characteristics.
  maxCount: z.number().int().default(0),
  popular: z.boolean().optional(),
  // 1 = array of strings, 4 = number (0 is seen for legacy string fields).
  charcType: z.number().int(),
});
export type WbCharacteristic = z.infer<typeof characteristicSchema>;
export const characteristicsResponseSchema = envelope(z.array(characteristicSchema));

export const colorSchema = z.looseObject({ name: z.string(), parentName: z.string().optional() });
export const colorsResponseSchema = envelope(z.array(colorSchema));
export type WbColor = z.infer<typeof colorSchema>;

export const countrySchema = z.looseObject({ name: z.string(), fullName: z.string().optional(), id: z.number().int().optional() });
export const countriesResponseSchema = envelope(z.array(countrySchema));
export type WbCountry = z.infer<typeof countrySchema>;

/** kinds (genders), seasons and VAT rates are plain string lists. */
export const stringListResponseSchema = envelope(z.array(z.string()));

export const tnvedQuerySchema = z.object({
  subjectID: z.number().int(),
  search: z.number().int().optional(),
  locale: z.string().optional(),
});
export type WbTnvedQuery = z.infer<typeof tnvedQuerySchema>;
export const tnvedSchema = z.looseObject({ tnved: z.string(), isKiz: z.boolean().optional() });
export type WbTnved = z.infer<typeof tnvedSchema>;
export const tnvedResponseSchema = envelope(z.array(tnvedSchema));

export const barcodesRequestSchema = z.object({ count: z.number().int().min(1).max(5000) });
export const barcodesResponseSchema = envelope(z.array(z.string()));
