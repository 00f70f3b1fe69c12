import { z } from "zod";
import { json } from "../../../emulator-kit/http";
import type { WbEnv } from "../env";
import type { WbPriceTask } from "../model";
import { pricesError } from "../errors";
import { enqueuePriceTask } from "../price-tasks";
import { priceTaskSchema } from "../schemas";
import { wbMethod } from "./route-helpers";

/** Prices and discounts: upload/task, history/tasks, history/goods/task, buffer/tasks, quarantine/goods. */
const MAX_ITEMS = 1000;
const ok = (data: unknown) => json(200, { data, error: false, errorText: "" });
const uploadIdQuery = z.object({ uploadID: z.coerce.number().int() });
const pageQuery = z.object({ limit: z.coerce.number().int().min(1).max(1000), offset: z.coerce.number().int().min(0).default(0) });

export function priceRoutes(env: WbEnv) {
  const upload = wbMethod({
    method: "POST",
    template: "/api/v2/upload/task",
    group: "prices",
    schema: priceTaskSchema,
    tolerate: (error) => /\/price must be integer/.test(error), // answered below with WB's own wording
    handle: ({ data }, { seller }) => {
      if (data.length === 0) return pricesError(400, "Empty data");
      if (data.length > MAX_ITEMS) return pricesError(400, "Upload limit exceeded: You can upload a maximum of 1 000 items");
      if (new Set(data.map((d) => d.nmID)).size !== data.length) return pricesError(400, "Duplicate item Nos.");
      if (data.some((d) => d.price != null && !Number.isInteger(d.price))) return pricesError(400, "Price should be a whole number");
      if (data.some((d) => d.price != null && d.price <= 0)) return pricesError(400, "Invalid price value");
      if (data.some((d) => d.discount != null && (!Number.isInteger(d.discount) || d.discount < 0 || d.discount > 99))) return pricesError(400, "Invalid discount value");
      if (data.some((d) => d.price == null && d.discount == null)) return pricesError(400, "Price and discount not specified");
      if (data.every((d) => !seller.seller.cards.has(d.nmID))) {
        return pricesError(400, "All item Nos. are specified incorrectly, or the specified prices and discounts are already set");
      }
      const task = enqueuePriceTask(env, seller.seller, data);
      return ok({ id: task.uploadID, alreadyExists: false });
    },
  });

  const taskOf = (query: URLSearchParams, sellerTasks: Map<number, WbPriceTask>) => {
    const parsed = uploadIdQuery.safeParse(Object.fromEntries(query));
    return parsed.success ? sellerTasks.get(parsed.data.uploadID) : undefined;
  };
  const summary = (task: WbPriceTask, status: number, success: number) => ({
    uploadID: task.uploadID,
    status,
    uploadDate: task.uploadDate,
    activationDate: task.activationDate,
    overAllGoodsNumber: task.request.length,
    successGoodsNumber: success,
  });

  const history = wbMethod({
    method: "GET",
    template: "/api/v2/history/tasks",
    group: "prices",
    handle: (_body, { seller, req }) => {
      const task = taskOf(req.query, seller.seller.priceTasks);
      // Until processed, a task is only visible in the buffer (buffer/tasks).
      if (!task?.processed || task.status === null) return ok(null);
      return ok(summary(task, task.status, task.items.filter((i) => i.status === 2).length));
    },
  });

  const buffer = wbMethod({
    method: "GET",
    template: "/api/v2/buffer/tasks",
    group: "prices",
    handle: (_body, { seller, req }) => {
      const task = taskOf(req.query, seller.seller.priceTasks);
      return ok(task && !task.processed ? summary(task, 1, 0) : null);
    },
  });

  const goods = wbMethod({
    method: "GET",
    template: "/api/v2/history/goods/task",
    group: "prices",
    handle: (_body, { seller, req }) => {
      const task = taskOf(req.query, seller.seller.priceTasks);
      const page = pageQuery.parse(Object.fromEntries(req.query));
      const items = (task?.processed ? task.items : []).slice(page.offset, page.offset + page.limit);
      return json(200, {
        data: {
          uploadID: task?.uploadID ?? null,
          historyGoods: items.map((i) => ({ ...i, sizeID: null, techSizeName: "", currencyIsoCode4217: "RUB", clubDiscount: null, errorText: i.errorText || null })),
        },
      });
    },
  });

  const quarantine = wbMethod({
    method: "GET",
    template: "/api/v2/quarantine/goods",
    group: "prices",
    handle: (_body, { seller, req }) => {
      const page = pageQuery.parse(Object.fromEntries(req.query));
      const items = [...seller.seller.quarantine.values()].slice(page.offset, page.offset + page.limit);
      const goods = items.map((q) => ({
        ...q,
        sizeID: null,
        techSizeName: "",
        currencyIsoCode4217: "RUB",
        priceDiff: q.oldPrice * (1 - q.oldDiscount / 100) - q.newPrice * (1 - q.newDiscount / 100),
      }));
      return ok({ quarantineGoods: goods });
    },
  });

  return [upload, history, buffer, goods, quarantine];
}
