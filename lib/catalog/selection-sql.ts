import { and, inArray, not, type SQL } from "drizzle-orm";
import { ozonProducts } from "@/db/schema/catalog";
import { catalogWhere } from "./filter-sql";
import type { Selection } from "./selection";

/** The products of a selection, as a WHERE scoped to the organisation and the selection's connection. */
export function selectionWhere(organisationId: string, selection: Selection): SQL {
  if (selection.mode === "ids") {
    return and(catalogWhere(organisationId, selection.connectionId, {}), inArray(ozonProducts.productId, selection.included.length ? selection.included : [-1]))!;
  }
  const base = catalogWhere(organisationId, selection.connectionId, selection.filter);
  return selection.excluded.length ? and(base, not(inArray(ozonProducts.productId, selection.excluded)))! : base;
}
