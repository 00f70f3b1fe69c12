/**
 * Base URLs of the marketplace APIs: the real hosts unless overridden (sandbox emulators, tests).
 * A plain function of an env-like object so lib/env.ts stays the only reader of process.env.
 */
export type WbHost = "content" | "prices" | "marketplace" | "common";
export type WbBaseUrls = Record<WbHost, string>;

export interface MarketplaceEndpoints {
  ozon: string;
  wb: WbBaseUrls;
}

export const REAL_ENDPOINTS: MarketplaceEndpoints = {
  ozon: "https://api-seller.ozon.ru",
  wb: {
    content: "https://content-api.wildberries.ru",
    prices: "https://discounts-prices-api.wildberries.ru",
    marketplace: "https://marketplace-api.wildberries.ru",
    common: "https://common-api.wildberries.ru",
  },
};

export interface MarketplaceUrlEnv {
  OZON_API_URL?: string;
  /** One URL for every WB host (the emulator serves them all). */
  WB_API_URL?: string;
  WB_CONTENT_API_URL?: string;
  WB_PRICES_API_URL?: string;
  WB_MARKETPLACE_API_URL?: string;
  WB_COMMON_API_URL?: string;
}

const PER_HOST: Record<WbHost, keyof MarketplaceUrlEnv> = {
  content: "WB_CONTENT_API_URL",
  prices: "WB_PRICES_API_URL",
  marketplace: "WB_MARKETPLACE_API_URL",
  common: "WB_COMMON_API_URL",
};

const clean = (url: string | undefined) => (url && url.trim() !== "" ? url.trim().replace(/\/+$/, "") : undefined);

/** A per-host WB variable beats WB_API_URL, which beats the real host. */
export function marketplaceEndpoints(env: MarketplaceUrlEnv): MarketplaceEndpoints {
  const wbAll = clean(env.WB_API_URL);
  const wb = Object.fromEntries(
    (Object.keys(PER_HOST) as WbHost[]).map((host) => [host, clean(env[PER_HOST[host]]) ?? wbAll ?? REAL_ENDPOINTS.wb[host]]),
  ) as WbBaseUrls;
  return { ozon: clean(env.OZON_API_URL) ?? REAL_ENDPOINTS.ozon, wb };
}

/** Every WB host at one base URL (an emulator). */
export const singleWbBaseUrl = (url: string): WbBaseUrls => ({ content: url, prices: url, marketplace: url, common: url });
