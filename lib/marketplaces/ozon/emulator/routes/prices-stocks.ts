import { z } from "zod";
import { json } from "../../../emulator-kit/http";
import { pageAfter } from "../cursor";
import { invalidArgument } from "../errors";
import { productFilterSchema, selectProducts } from "../filter";
import { priceItem, stockItem } from "../serialise";
import { ozonMethod } from "./route-helpers";

/** /v5/product/info/prices and /v4/product/info/stocks: cursor-paged, `total_items` instead of `total`. */
const cursorBody = z.object({
  cursor: z.string().optional(),
  filter: productFilterSchema,
  limit: z.number().int().min(1, "limit must be between 1 and 1000").max(1000, "limit must be between 1 and 1000"),
});

function cursorMethod(template: string, serialise: (p: Parameters<typeof priceItem>[0]) => unknown) {
  return ozonMethod(template, cursorBody, (body, { seller }) => {
    const matching = selectProducts(seller, body.filter);
    const page = pageAfter(matching, body.cursor, body.limit);
    if (!page) return invalidArgument("invalid cursor");
    return json(200, { cursor: page.next, items: page.items.map(serialise), total_items: matching.length });
  });
}

export const priceStockRoutes = [cursorMethod("/v5/product/info/prices", priceItem), cursorMethod("/v4/product/info/stocks", stockItem)];
