import { json } from "../../../emulator-kit/http";
import type { WbCard } from "../model";
import { cardsListSchema, errorListSchema } from "../schemas";
import { wbMethod } from "./route-helpers";

/** get/cards/list (cursor updatedAt + nmID) and cards/error/list (cursor updatedAt + batchUUID). */
const ZERO_TIME = "0001-01-01T00:00:00Z";
const NIL_UUID = "00000000-0000-0000-0000-000000000000";

function matchesText(card: WbCard, text: string): boolean {
  const needle = text.toLowerCase();
  return card.vendorCode.toLowerCase().includes(needle) || String(card.nmID) === text || card.sizes.some((s) => s.skus.includes(text));
}

const cardsList = wbMethod({
  method: "POST",
  template: "/content/v2/get/cards/list",
  group: "content",
  schema: cardsListSchema,
  handle: (body, { seller }) => {
    const { sort, filter, cursor } = body.settings ?? {};
    const ascending = sort?.ascending ?? false;
    const limit = cursor?.limit ?? 100;
    const direction = ascending ? 1 : -1;
    const order = (a: WbCard, b: WbCard) => direction * (a.updatedAt.localeCompare(b.updatedAt) || a.nmID - b.nmID);
    let cards = [...seller.seller.cards.values()]
      .filter((c) => !filter?.textSearch || matchesText(c, filter.textSearch))
      .filter((c) => !filter?.objectIDs?.length || filter.objectIDs.includes(c.subjectID))
      .filter((c) => !filter?.brands?.length || filter.brands.includes(c.brand))
      .filter((c) => filter?.imtID === undefined || c.imtID === filter.imtID)
      .filter((c) => (filter?.withPhoto ?? -1) === -1 || (filter?.withPhoto === 1) === c.photos.length > 0)
      .sort(order);
    if (cursor?.updatedAt && cursor.nmID) {
      const mark = { updatedAt: cursor.updatedAt, nmID: cursor.nmID } as WbCard;
      cards = cards.filter((c) => order(c, mark) > 0);
    }
    const page = cards.slice(0, limit);
    const last = page.at(-1);
    return json(200, { cards: page, cursor: { updatedAt: last?.updatedAt ?? "", nmID: last?.nmID ?? 0, total: page.length } });
  },
});

const errorList = wbMethod({
  method: "POST",
  template: "/content/v2/cards/error/list",
  group: "content-write",
  schema: errorListSchema,
  handle: (body, { seller }) => {
    const ascending = body.order?.ascending ?? false;
    const limit = body.cursor?.limit ?? 100;
    const batches = ascending ? [...seller.seller.errorBatches] : [...seller.seller.errorBatches].reverse();
    const after = body.cursor?.batchUUID ? batches.findIndex((b) => b.batchUUID === body.cursor?.batchUUID) : -1;
    const rest = batches.slice(after + 1);
    const items = rest.slice(0, limit);
    const last = items.at(-1);
    return json(200, {
      data: { items, cursor: { next: rest.length > limit, updatedAt: last?.updatedAt ?? ZERO_TIME, batchUUID: last?.batchUUID ?? NIL_UUID } },
      error: false,
      errorText: "",
      additionalErrors: null,
    });
  },
});

export const readRoutes = [cardsList, errorList];
