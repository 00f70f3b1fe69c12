import { z } from "zod";
import { MarketplaceValidationError } from "../errors";
import { createMarketplaceHttp, type HttpOptions } from "../http";
import { WB_LIMITS, wbLimitGroup } from "../limits";
import { singleWbBaseUrl, type WbBaseUrls, type WbHost } from "../marketplace-config";
import { credentialKey } from "../throttle";
import {
  cardsListRequestSchema,
  cardsListResponseSchema,
  cardsUploadRequestSchema,
  cardsUploadResponseSchema,
  errorListRequestSchema,
  errorListResponseSchema,
  mediaResponseSchema,
  mediaSaveRequestSchema,
} from "./schemas/cards";
import {
  barcodesRequestSchema,
  barcodesResponseSchema,
  characteristicsResponseSchema,
  colorsResponseSchema,
  countriesResponseSchema,
  parentCategoriesResponseSchema,
  stringListResponseSchema,
  subjectsQuerySchema,
  subjectsResponseSchema,
  tnvedQuerySchema,
  tnvedResponseSchema,
} from "./schemas/content";
import {
  pingResponseSchema,
  priceTaskResponseSchema,
  priceUploadRequestSchema,
  priceUploadResponseSchema,
  sellerInfoResponseSchema,
  stocksRequestSchema,
  warehousesResponseSchema,
} from "./schemas/prices-stocks";

/**
 * The Wildberries methods CardPort uses, one function each, on their own hosts. Writes that set
 * an absolute state (stocks, media, barcodes) are safe to resend; card and price uploads are not.
 */
export interface WbApiOptions extends Omit<HttpOptions, "marketplace"> {
  /** One URL for every host (the emulator), or one per host. */
  baseUrl?: string;
  baseUrls?: WbBaseUrls;
  token: string;
}

type Query = Record<string, string | number | boolean | undefined>;

interface Call<T> {
  host: WbHost;
  method: "GET" | "POST" | "PUT";
  path: string;
  /** The concrete path when the documented one has a parameter. */
  concretePath?: string;
  query?: Query;
  json?: unknown;
  form?: FormData;
  headers?: Record<string, string>;
  idempotent: boolean;
  response: z.ZodType<T> | null;
  signal?: AbortSignal;
}

const queryString = (query: Query = {}) => {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined) params.set(key, String(value));
  const text = params.toString();
  return text ? `?${text}` : "";
};

export type WbApi = ReturnType<typeof createWbApi>;

function resolveBaseUrls(options: WbApiOptions): WbBaseUrls {
  if (options.baseUrls) return options.baseUrls;
  if (options.baseUrl) return singleWbBaseUrl(options.baseUrl);
  throw new Error("createWbApi: give baseUrl or baseUrls");
}

export function createWbApi(options: WbApiOptions) {
  const baseUrls = resolveBaseUrls(options);
  const http = createMarketplaceHttp({ ...options, marketplace: "wb" });
  const seller = credentialKey(options.token);

  async function call<T>(spec: Call<T>): Promise<T> {
    const path = spec.concretePath ?? spec.path;
    const groupName = wbLimitGroup(spec.method, spec.path);
    const group = WB_LIMITS[groupName];
    const perHost = "perHost" in group && group.perHost ? `:${spec.host}` : "";
    const result = await http<T>({
      method: spec.method,
      url: `${baseUrls[spec.host].replace(/\/+$/, "")}${path}${queryString(spec.query)}`,
      path: spec.path,
      headers: { Authorization: options.token, ...spec.headers },
      json: spec.json,
      form: spec.form,
      idempotent: spec.idempotent,
      limit: { key: `wb:${seller}:${groupName}${perHost}`, group },
      response: spec.response,
      signal: spec.signal,
    });
    // Content and prices answers can say `error: true` inside a 2xx.
    const envelope = result as { error?: unknown; errorText?: unknown } | undefined;
    if (envelope && envelope.error === true) {
      const serverMessage = typeof envelope.errorText === "string" && envelope.errorText ? envelope.errorText : undefined;
      throw new MarketplaceValidationError({ marketplace: "wb", method: spec.method, path: spec.path, serverMessage, details: result });
    }
    return result;
  }

  const read = <T>(host: WbHost, path: string, response: z.ZodType<T>, query?: Query, signal?: AbortSignal) =>
    call({ host, method: "GET", path, query, idempotent: true, response, signal });

  return {
    parentCategories: (locale?: string, signal?: AbortSignal) =>
      read("content", "/content/v2/object/parent/all", parentCategoriesResponseSchema, { locale }, signal),
    subjects: (query: z.input<typeof subjectsQuerySchema> = {}, signal?: AbortSignal) =>
      read("content", "/content/v2/object/all", subjectsResponseSchema, subjectsQuerySchema.parse(query), signal),
    subjectCharacteristics: (subjectId: number, locale?: string, signal?: AbortSignal) =>
      call({
        host: "content",
        method: "GET",
        path: "/content/v2/object/charcs/{subjectId}",
        concretePath: `/content/v2/object/charcs/${z.number().int().parse(subjectId)}`,
        query: { locale },
        idempotent: true,
        response: characteristicsResponseSchema,
        signal,
      }),
    colors: (signal?: AbortSignal) => read("content", "/content/v2/directory/colors", colorsResponseSchema, {}, signal),
    countries: (signal?: AbortSignal) => read("content", "/content/v2/directory/countries", countriesResponseSchema, {}, signal),
    kinds: (signal?: AbortSignal) => read("content", "/content/v2/directory/kinds", stringListResponseSchema, {}, signal),
    seasons: (signal?: AbortSignal) => read("content", "/content/v2/directory/seasons", stringListResponseSchema, {}, signal),
    vat: (signal?: AbortSignal) => read("content", "/content/v2/directory/vat", stringListResponseSchema, {}, signal),
    tnved: (query: z.input<typeof tnvedQuerySchema>, signal?: AbortSignal) =>
      read("content", "/content/v2/directory/tnved", tnvedResponseSchema, tnvedQuerySchema.parse(query), signal),

    // Resending only wastes a few unused barcodes.
    barcodes: (count: number, signal?: AbortSignal) =>
      call({
        host: "content",
        method: "POST",
        path: "/content/v2/barcodes",
        json: barcodesRequestSchema.parse({ count }),
        idempotent: true,
        response: barcodesResponseSchema,
        signal,
      }),
    cardsUpload: (cards: z.input<typeof cardsUploadRequestSchema>, signal?: AbortSignal) =>
      call({
        host: "content",
        method: "POST",
        path: "/content/v2/cards/upload",
        json: cardsUploadRequestSchema.parse(cards),
        idempotent: false,
        response: cardsUploadResponseSchema,
        signal,
      }),
    cardsErrorList: (body: z.input<typeof errorListRequestSchema> = {}, signal?: AbortSignal) =>
      call({
        host: "content",
        method: "POST",
        path: "/content/v2/cards/error/list",
        json: errorListRequestSchema.parse(body),
        idempotent: true,
        response: errorListResponseSchema,
        signal,
      }),
    cardsList: (body: z.input<typeof cardsListRequestSchema>, signal?: AbortSignal) =>
      call({
        host: "content",
        method: "POST",
        path: "/content/v2/get/cards/list",
        json: cardsListRequestSchema.parse(body),
        idempotent: true,
        response: cardsListResponseSchema,
        signal,
      }),
    // Replaces the whole photo set, so sending it twice gives the same card.
    mediaSave: (body: z.input<typeof mediaSaveRequestSchema>, signal?: AbortSignal) =>
      call({
        host: "content",
        method: "POST",
        path: "/content/v3/media/save",
        json: mediaSaveRequestSchema.parse(body),
        idempotent: true,
        response: mediaResponseSchema,
        signal,
      }),
    // Puts one photo at a fixed position: also a replacement.
    mediaFile: (nmId: number, photoNumber: number, file: Blob, fileName: string, signal?: AbortSignal) => {
      const form = new FormData();
      form.set("uploadfile", file, fileName);
      return call({
        host: "content",
        method: "POST",
        path: "/content/v3/media/file",
        form,
        headers: { "X-Nm-Id": String(nmId), "X-Photo-Number": String(photoNumber) },
        idempotent: true,
        response: mediaResponseSchema,
        signal,
      });
    },

    pricesUpload: (body: z.input<typeof priceUploadRequestSchema>, signal?: AbortSignal) =>
      call({
        host: "prices",
        method: "POST",
        path: "/api/v2/upload/task",
        json: priceUploadRequestSchema.parse(body),
        idempotent: false,
        response: priceUploadResponseSchema,
        signal,
      }),
    priceTask: (uploadID: number, signal?: AbortSignal) =>
      read("prices", "/api/v2/history/tasks", priceTaskResponseSchema, { uploadID }, signal),

    warehouses: (signal?: AbortSignal) => read("marketplace", "/api/v3/warehouses", warehousesResponseSchema, {}, signal),
    // Sets absolute amounts: resending is harmless.
    setStocks: (warehouseId: number, body: z.input<typeof stocksRequestSchema>, signal?: AbortSignal) =>
      call({
        host: "marketplace",
        method: "PUT",
        path: "/api/v3/stocks/{warehouseId}",
        concretePath: `/api/v3/stocks/${z.number().int().parse(warehouseId)}`,
        json: stocksRequestSchema.parse(body),
        idempotent: true,
        response: null,
        signal,
      }),

    ping: (host: WbHost, signal?: AbortSignal) => read(host, "/ping", pingResponseSchema, {}, signal),
    sellerInfo: (signal?: AbortSignal) => read("common", "/api/v1/seller-info", sellerInfoResponseSchema, {}, signal),
  };
}
