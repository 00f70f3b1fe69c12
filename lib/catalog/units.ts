import type { z } from "zod";
import type { dimensionUnitSchema, weightUnitSchema } from "@/lib/marketplaces/ozon/schemas/attributes";

/** Ozon dimensions in mm/cm/in and weights in g/kg/lb, normalised to whole mm and g. */
export type DimensionUnit = z.infer<typeof dimensionUnitSchema>;
export type WeightUnit = z.infer<typeof weightUnitSchema>;

const MM_PER: Record<DimensionUnit, number> = { mm: 1, cm: 10, in: 25.4 };
const G_PER: Record<WeightUnit, number> = { g: 1, kg: 1000, lb: 453.59237 };

/** null when Ozon left the size out or sent 0 (the card is missing it). */
export function toMillimetres(value: number | undefined, unit: DimensionUnit | undefined): number | null {
  if (!value || !unit) return null;
  return Math.round(value * MM_PER[unit]);
}

export function toGrams(value: number | undefined, unit: WeightUnit | undefined): number | null {
  if (!value || !unit) return null;
  return Math.round(value * G_PER[unit]);
}
