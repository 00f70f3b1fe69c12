import type { z } from "zod";
import { createMarketplaceHttp, type HttpOptions } from "../http";
import { OZON_LIMITS, ozonLimitGroup } from "../limits";
import { credentialKey } from "../throttle";
import {
  productAttributesRequestSchema,
  productAttributesResponseSchema,
} from "./schemas/attributes";
import {
  attributeValuesRequestSchema,
  attributeValuesResponseSchema,
  categoryAttributesRequestSchema,
  categoryAttributesResponseSchema,
  categoryTreeRequestSchema,
  categoryTreeResponseSchema,
} from "./schemas/categories";
import {
  productPricesRequestSchema,
  productPricesResponseSchema,
  productStocksRequestSchema,
  productStocksResponseSchema,
} from "./schemas/prices-stocks";
import {
  productDescriptionRequestSchema,
  productDescriptionResponseSchema,
  productInfoRequestSchema,
  productInfoResponseSchema,
  productListRequestSchema,
  productListResponseSchema,
} from "./schemas/products";

/**
 * The Ozon Seller API methods CardPort uses, one function each. Every Ozon method is a POST, and
 * every one used here is a read, so all are retried on transient failures.
 */
export interface OzonApiOptions extends Omit<HttpOptions, "marketplace"> {
  baseUrl: string;
  clientId: string;
  apiKey: string;
}

export type OzonApi = ReturnType<typeof createOzonApi>;

export function createOzonApi(options: OzonApiOptions) {
  const http = createMarketplaceHttp({ ...options, marketplace: "ozon" });
  const baseUrl = options.baseUrl.replace(/\/+$/, "");
  const headers = { "Client-Id": options.clientId, "Api-Key": options.apiKey };
  // The limit is per Client-Id, whichever key of that account is used.
  const limit = { key: `ozon:${credentialKey(options.clientId)}:${ozonLimitGroup()}`, group: OZON_LIMITS.seller };

  function method<Req extends z.ZodType, Res extends z.ZodType>(path: string, request: Req, response: Res) {
    return (body: z.input<Req>, signal?: AbortSignal): Promise<z.output<Res>> =>
      http<z.output<Res>>({
        method: "POST",
        url: `${baseUrl}${path}`,
        path,
        headers,
        json: request.parse(body),
        idempotent: true,
        limit,
        response: response as z.ZodType<z.output<Res>>,
        signal,
      });
  }

  return {
    productList: method("/v3/product/list", productListRequestSchema, productListResponseSchema),
    productInfoList: method("/v3/product/info/list", productInfoRequestSchema, productInfoResponseSchema),
    productAttributes: method("/v4/product/info/attributes", productAttributesRequestSchema, productAttributesResponseSchema),
    productDescription: method("/v1/product/info/description", productDescriptionRequestSchema, productDescriptionResponseSchema),
    productPrices: method("/v5/product/info/prices", productPricesRequestSchema, productPricesResponseSchema),
    productStocks: method("/v4/product/info/stocks", productStocksRequestSchema, productStocksResponseSchema),
    categoryTree: method("/v1/description-category/tree", categoryTreeRequestSchema, categoryTreeResponseSchema),
    categoryAttributes: method("/v1/description-category/attribute", categoryAttributesRequestSchema, categoryAttributesResponseSchema),
    attributeValues: method("/v1/description-category/attribute/values", attributeValuesRequestSchema, attributeValuesResponseSchema),
  };
}
