import { nowIso, type WbEnv } from "./env";
import type { WbPriceItem, WbPriceTask } from "./model";
import type { WbSeller } from "./state";

/**
 * Processing of a price upload task: each item is applied or refused; a discounted price at
 * least 3× lower than the current one goes to quarantine (not applied). Task status: 3 all
 * applied, 5 some failed, 6 all failed.
 */
export const QUARANTINE_TEXT = "The new price is several times lower than the current price. Item has been moved to Price Quarantine";

const effective = (price: number, discount: number) => price * (1 - discount / 100);

function applyItem(seller: WbSeller, item: WbPriceTask["request"][number]): WbPriceItem {
  const card = seller.cards.get(item.nmID);
  const current = seller.prices.get(item.nmID);
  const price = item.price ?? current?.price ?? null;
  const discount = item.discount ?? current?.discount ?? 0;
  const base = { nmID: item.nmID, vendorCode: card?.vendorCode ?? "", price, discount };
  if (!card) return { ...base, status: 3, errorText: "Invalid item No." };
  if (price === null) return { ...base, status: 3, errorText: "Price and discount not specified" };
  if (current && effective(price, discount) * 3 <= effective(current.price, current.discount)) {
    seller.quarantine.set(item.nmID, { nmID: item.nmID, newPrice: price, oldPrice: current.price, newDiscount: discount, oldDiscount: current.discount });
    return { ...base, status: 3, errorText: QUARANTINE_TEXT };
  }
  seller.prices.set(item.nmID, { price, discount });
  seller.quarantine.delete(item.nmID);
  return { ...base, status: 2, errorText: "" };
}

export function processPriceTask(seller: WbSeller, task: WbPriceTask): void {
  task.items = task.request.map((item) => applyItem(seller, item));
  const ok = task.items.filter((i) => i.status === 2).length;
  task.status = ok === task.items.length ? 3 : ok === 0 ? 6 : 5;
  task.processed = true;
  task.activationDate = nowIso();
}

export function enqueuePriceTask(env: WbEnv, seller: WbSeller, request: WbPriceTask["request"]): WbPriceTask {
  const uploadDate = nowIso();
  const task: WbPriceTask = { uploadID: env.state.next("task"), uploadDate, activationDate: uploadDate, request, processed: false, status: null, items: [] };
  seller.priceTasks.set(task.uploadID, task);
  env.jobs.schedule(env.timeScale.scaled(env.settings.priceDelayMs), () => processPriceTask(seller, task));
  return task;
}
