import { z } from "zod";
import { json } from "../../../emulator-kit/http";
import { pageAfter } from "../cursor";
import { invalidArgument, notFound } from "../errors";
import { productFilterSchema, selectProducts } from "../filter";
import { attributesItem, descriptionItem, infoItem, listItem } from "../serialise";
import { ozonMethod } from "./route-helpers";

/** Catalogue reads: /v3/product/list, /v3/product/info/list, /v4/product/info/attributes, /v1/product/info/description. */
const limit = z.number().int().min(1, "limit must be between 1 and 1000").max(1000, "limit must be between 1 and 1000");
const ids = z.array(z.union([z.string(), z.number()]).transform(Number)).optional();

const productList = ozonMethod(
  "/v3/product/list",
  z.object({ filter: productFilterSchema, last_id: z.string().optional(), limit: limit.default(100) }),
  (body, { seller }) => {
    const matching = selectProducts(seller, body.filter);
    const page = pageAfter(matching, body.last_id, body.limit);
    if (!page) return invalidArgument("invalid last_id");
    // `total` was removed on 2026-11-23; `total_items` replaces it.
    return json(200, { result: { items: page.items.map(listItem), total_items: matching.length, last_id: page.next } });
  },
);

const infoList = ozonMethod(
  "/v3/product/info/list",
  z
    .object({ offer_id: z.array(z.string()).optional(), product_id: ids, sku: ids })
    .refine((b) => (b.offer_id?.length ?? 0) + (b.product_id?.length ?? 0) + (b.sku?.length ?? 0) <= 1000, "at most 1000 identifiers per request"),
  (body, { seller, req }) => {
    const found = new Set([
      ...(body.product_id ?? []).map((id) => seller.byProductId.get(id)),
      ...(body.offer_id ?? []).map((id) => seller.byOfferId.get(id)),
      ...(body.sku ?? []).map((id) => seller.bySku.get(id)),
    ]);
    const items = [...found].filter((p) => p !== undefined).map((p) => infoItem(p, seller, req.baseUrl));
    return json(200, { items });
  },
);

const attributes = ozonMethod(
  "/v4/product/info/attributes",
  z.object({ filter: productFilterSchema, last_id: z.string().optional(), limit: limit.default(100), sort_by: z.string().optional(), sort_dir: z.string().optional() }),
  (body, { seller, req }) => {
    const matching = selectProducts(seller, body.filter);
    const page = pageAfter(matching, body.last_id, body.limit);
    if (!page) return invalidArgument("invalid last_id");
    return json(200, { result: page.items.map((p) => attributesItem(p, seller, req.baseUrl)), last_id: page.next, total: matching.length });
  },
);

const description = ozonMethod(
  "/v1/product/info/description",
  z
    .object({ offer_id: z.string().optional(), product_id: z.union([z.string(), z.number()]).transform(Number).optional() })
    .refine((b) => b.offer_id || b.product_id, "offer_id or product_id is required"),
  (body, { seller }) => {
    const product = body.product_id ? seller.byProductId.get(body.product_id) : seller.byOfferId.get(body.offer_id ?? "");
    return product ? json(200, { result: descriptionItem(product) }) : notFound("product not found");
  },
);

export const productRoutes = [productList, infoList, attributes, description];
