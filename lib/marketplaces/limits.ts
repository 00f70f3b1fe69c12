import type { BucketSpec } from "./emulator-kit/rate-limiter";

/**
 * The published rate limits (specs/ozon-seller-swagger, specs/wb-0*.yaml, MARKETPLACES.md) as
 * data: one source for the client throttle and the emulators. Every limit is a token bucket per
 * seller account: `burst` requests at once, then one every `intervalMs`.
 */
export interface LimitGroup extends BucketSpec {
  /** WB counts a 4xx answer of the marketplace-host methods as this many requests. */
  clientErrorCost?: number;
  /** The bucket is per host, not per seller (WB /ping). */
  perHost?: boolean;
}

export const OZON_LIMITS = {
  // 50 requests/s per Client-Id, shared by every method.
  seller: { burst: 50, intervalMs: 20 },
} as const satisfies Record<string, LimitGroup>;

export const WB_LIMITS = {
  // "Контент": 100/min, one per 600 ms, burst 5 (cards/list, subjects, charcs, dictionaries, barcodes).
  content: { burst: 5, intervalMs: 600 },
  // 10/min, one per 6 s, burst 5. WB documents these per method (error/list together with
  // cards/limits); MARKETPLACES.md and the emulator keep one bucket, which is never too fast.
  cardsWrite: { burst: 5, intervalMs: 6000 },
  media: { burst: 5, intervalMs: 600 },
  // "Цены и скидки": 10 per 6 s, one per 600 ms, burst 5.
  prices: { burst: 5, intervalMs: 600 },
  // Stocks and warehouses: 300/min, one per 200 ms, burst 20; a 4xx answer counts as 10 requests.
  stocks: { burst: 20, intervalMs: 200, clientErrorCost: 10 },
  warehouses: { burst: 20, intervalMs: 200, clientErrorCost: 10 },
  // /ping: at most 3 requests per 30 s, separately for each host.
  ping: { burst: 3, intervalMs: 10_000, perHost: true },
  // seller-info: one a minute, burst 10 (personal and service tokens).
  sellerInfo: { burst: 10, intervalMs: 60_000 },
  // Anything else on a WB host: the general content-category figure.
  general: { burst: 5, intervalMs: 600 },
} as const satisfies Record<string, LimitGroup>;

export type OzonLimitGroup = keyof typeof OZON_LIMITS;
export type WbLimitGroup = keyof typeof WB_LIMITS;

/** Ozon publishes one limit for the whole Seller API. */
export function ozonLimitGroup(): OzonLimitGroup {
  return "seller";
}

const WB_EXACT: Record<string, WbLimitGroup> = {
  "POST /content/v2/cards/upload": "cardsWrite",
  "POST /content/v2/cards/upload/add": "cardsWrite",
  "POST /content/v2/cards/update": "cardsWrite",
  "POST /content/v2/cards/error/list": "cardsWrite",
  "GET /content/v2/cards/limits": "cardsWrite",
  "GET /api/v1/seller-info": "sellerInfo",
  "GET /ping": "ping",
};

const WB_PREFIXES: Array<[RegExp, WbLimitGroup]> = [
  [/^\/content\/v3\/media\//, "media"],
  [/^\/content\//, "content"],
  [/^\/api\/v2\//, "prices"],
  [/^\/api\/v3\/stocks\//, "stocks"],
  [/^\/api\/v3\/warehouses/, "warehouses"],
];

/** The WB limit group of a request, from its method and concrete path. */
export function wbLimitGroup(method: string, path: string): WbLimitGroup {
  const exact = WB_EXACT[`${method.toUpperCase()} ${path}`];
  if (exact) return exact;
  return WB_PREFIXES.find(([pattern]) => pattern.test(path))?.[1] ?? "general";
}
