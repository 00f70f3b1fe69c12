import type { ControlTarget, GivenCredentials, SellerInput } from "../../emulator-kit/control";
import { MALFORMED_JSON_BODY, type FaultConfigInput } from "../../emulator-kit/faults";
import { startHttpServer, type EmuRequest, type EmuResponse, type RunningServer } from "../../emulator-kit/http";
import { renderImage } from "../../emulator-kit/images";
import { headerSeconds } from "../../emulator-kit/rate-limiter";
import { EmulatorRuntime, type MarketplaceBehaviour } from "../../emulator-kit/runtime";
import { ozonError } from "./errors";
import { categoryRoutes } from "./routes/categories";
import { priceStockRoutes } from "./routes/prices-stocks";
import { productRoutes } from "./routes/products";
import { OZON_LIMITS } from "../../limits";
import { OzonState, type OzonCredentials, type OzonSeller } from "./state";

/**
 * The Ozon Seller API emulator: every method POST, `Client-Id` + `Api-Key`, 50 requests/s per
 * Client-Id, Ozon's `{code, message, details}` errors. Product photos are served under /images/.
 */
export const OZON_RATE_LIMIT = OZON_LIMITS.seller;

function behaviour(state: OzonState): MarketplaceBehaviour<OzonSeller> {
  return {
    routes: [...productRoutes, ...priceStockRoutes, ...categoryRoutes],
    authenticate: (req) => {
      const clientId = req.headers["client-id"];
      const apiKey = req.headers["api-key"];
      if (typeof clientId !== "string" || typeof apiKey !== "string" || !clientId || !apiKey) {
        return ozonError(403, 7, "Client-Id and Api-Key headers are required");
      }
      const seller = state.get(clientId.trim());
      if (!seller || seller.apiKey !== apiKey.trim()) return ozonError(403, 7, "Invalid Api-Key, please check the key and try again");
      return seller;
    },
    credentialKey: (seller) => seller.clientId,
    bucket: () => OZON_RATE_LIMIT,
    throttled: (take) =>
      ozonError(429, 8, "You have reached request rate limit per second", {
        "Retry-After": headerSeconds(take.retryAfterMs),
        "Ratelimit-Remaining": "0",
      }),
    allowedHeaders: () => ({}),
    fault: (kind) =>
      kind === "error"
        ? ozonError(500, 13, "Internal error")
        : { kind: "raw", status: 200, body: MALFORMED_JSON_BODY, contentType: "application/json" },
    notFound: (_req, methodNotAllowed) => (methodNotAllowed ? ozonError(405, 12, "Method Not Allowed") : ozonError(404, 5, "Not Found")),
    preRoute: (req: EmuRequest): EmuResponse | null => {
      if (req.method !== "GET" || !req.path.startsWith("/images/")) return null;
      const png = renderImage(req.path);
      return png ? { kind: "raw", status: 200, body: png, contentType: "image/png" } : null;
    },
  };
}

export interface OzonEmulatorOptions {
  port?: number;
  host?: string;
  timeScale?: number;
  faults?: FaultConfigInput;
}

export interface OzonEmulator {
  url: string;
  port: number;
  state: OzonState;
  runtime: EmulatorRuntime<OzonSeller>;
  createSeller(seed: string | number, products: number, given?: GivenCredentials["ozon"]): OzonCredentials;
  control: ControlTarget;
  close(): Promise<void>;
}

export async function startOzonEmulator(options: OzonEmulatorOptions = {}): Promise<OzonEmulator> {
  const state = new OzonState();
  const runtime = new EmulatorRuntime(behaviour(state), { timeScale: options.timeScale, faults: options.faults });
  const server: RunningServer = await startHttpServer(runtime.handler, { port: options.port, host: options.host });
  const createSeller = (seed: string | number, products: number, given?: GivenCredentials["ozon"]): OzonCredentials => {
    const seller = state.createSeller(seed, products, given);
    return { clientId: seller.clientId, apiKey: seller.apiKey, productIdBase: seller.productIdBase };
  };
  const control: ControlTarget = {
    name: "ozon",
    createSeller: (input: SellerInput) => ({ ...createSeller(input.seed, input.products, input.credentials?.ozon) }),
    listSellers: () => state.list().map((s) => ({ clientId: s.clientId, seed: s.seed, products: s.products.length })),
    setFaults: (config) => runtime.setFaults(config),
    setTimeScale: (scale) => runtime.timeScale.set(scale),
    stats: () => runtime.stats(),
    resetCounters: () => runtime.resetCounters(),
  };
  return { url: server.url, port: server.port, state, runtime, createSeller, control, close: server.close };
}
