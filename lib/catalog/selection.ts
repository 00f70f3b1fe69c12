import { z } from "zod";
import { catalogFilterSchema } from "./catalog-query";

/**
 * What the seller picked in /catalog for the next steps (mapping, migration). Picking "all N by
 * filter" stores the filter, not thousands of ids, plus the rows unticked afterwards; picking rows
 * one by one stores their product ids. Pure, so the browser keeps it too; selection-sql.ts resolves it.
 */
const productIds = z.array(z.number().int().positive()).max(5_000);

export const selectionSchema = z.discriminatedUnion("mode", [
  z.object({ mode: z.literal("ids"), connectionId: z.uuid(), included: productIds }),
  z.object({ mode: z.literal("filter"), connectionId: z.uuid(), filter: catalogFilterSchema, excluded: productIds }),
]);
export type Selection = z.infer<typeof selectionSchema>;

export const emptySelection = (connectionId: string): Selection => ({ mode: "ids", connectionId, included: [] });

export function isSelected(selection: Selection, productId: number): boolean {
  return selection.mode === "ids" ? selection.included.includes(productId) : !selection.excluded.includes(productId);
}

/** Ticks or unticks one row, in whichever mode the selection is. */
export function toggleProduct(selection: Selection, productId: number, selected: boolean): Selection {
  const key = selection.mode === "ids" ? "included" : "excluded";
  const add = selection.mode === "ids" ? selected : !selected;
  const rest = (selection.mode === "ids" ? selection.included : selection.excluded).filter((id) => id !== productId);
  return { ...selection, [key]: add ? [...rest, productId] : rest } as Selection;
}

/** How many products are selected, given how many match the stored filter. */
export function selectedCount(selection: Selection, matchingFilter: number): number {
  return selection.mode === "ids" ? selection.included.length : Math.max(0, matchingFilter - selection.excluded.length);
}
