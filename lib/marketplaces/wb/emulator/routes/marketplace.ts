import { json } from "../../../emulator-kit/http";
import { marketplaceError } from "../errors";
import { stocksQuerySchema, stocksSchema } from "../schemas";
import type { WbSeller } from "../state";
import { wbMethod } from "./route-helpers";

/** Seller warehouses and FBS stocks (marketplace API). Stocks are keyed by the card's sizes[].chrtID. */
const knownChrtIds = (seller: WbSeller) => new Set([...seller.cards.values()].flatMap((c) => c.sizes.map((s) => s.chrtID)));
const warehouseOf = (seller: WbSeller, id: string | undefined) => seller.warehouses.find((w) => String(w.id) === id);

const warehouses = wbMethod({ method: "GET", template: "/api/v3/warehouses", group: "marketplace", handle: (_b, { seller }) => json(200, seller.seller.warehouses) });

const putStocks = wbMethod({
  method: "PUT",
  template: "/api/v3/stocks/{warehouseId}",
  group: "marketplace",
  schema: stocksSchema,
  handle: ({ stocks }, { seller, req }) => {
    const warehouse = warehouseOf(seller.seller, req.params.warehouseId);
    if (!warehouse) return marketplaceError(404, "NotFound", "");
    const known = knownChrtIds(seller.seller);
    const unknown = stocks.filter((s) => !known.has(s.chrtId));
    if (unknown.length > 0) {
      return json(409, [{ code: "NotFound", message: "Not found", data: unknown.map((s) => ({ sku: "", chrtId: s.chrtId, amount: s.amount })) }]);
    }
    const current = seller.seller.stocks.get(warehouse.id) ?? new Map<number, number>();
    for (const s of stocks) current.set(s.chrtId, s.amount);
    seller.seller.stocks.set(warehouse.id, current);
    return json(204);
  },
});

const readStocks = wbMethod({
  method: "POST",
  template: "/api/v3/stocks/{warehouseId}",
  group: "marketplace",
  schema: stocksQuerySchema,
  handle: ({ chrtIds }, { seller, req }) => {
    const warehouse = warehouseOf(seller.seller, req.params.warehouseId);
    if (!warehouse) return marketplaceError(404, "NotFound", "");
    const current = seller.seller.stocks.get(warehouse.id);
    return json(200, { stocks: chrtIds.filter((id) => current?.has(id)).map((chrtId) => ({ chrtId, amount: current?.get(chrtId) ?? 0 })) });
  },
});

export const marketplaceRoutes = [warehouses, putStocks, readStocks];
