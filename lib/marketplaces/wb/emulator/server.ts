import type { ControlTarget, SellerInput } from "../../emulator-kit/control";
import { MALFORMED_JSON_BODY, type FaultConfigInput } from "../../emulator-kit/faults";
import { startHttpServer, type RunningServer } from "../../emulator-kit/http";
import { JobQueue } from "../../emulator-kit/jobs";
import { headerSeconds, type BucketSpec } from "../../emulator-kit/rate-limiter";
import { EmulatorRuntime, type EmulatorRoute, type MarketplaceBehaviour } from "../../emulator-kit/runtime";
import { TimeScale } from "../../emulator-kit/time-scale";
import { DEFAULT_WB_SETTINGS, type WbEnv, type WbSession, type WbSettings } from "./env";
import { contentError, gatewayError } from "./errors";
import { readRoutes } from "./routes/cards-read";
import { uploadRoutes } from "./routes/cards-upload";
import { directoryRoutes } from "./routes/content-directory";
import { generalRoutes } from "./routes/general";
import { marketplaceRoutes } from "./routes/marketplace";
import { mediaRoutes, serveMedia } from "./routes/media";
import { priceRoutes } from "./routes/prices";
import type { WbGroup } from "./routes/route-helpers";
import { WbState, type WbTokenOptions } from "./state";
import { decodeToken, hasScope, type Scope } from "./tokens";
import { WB_LIMITS } from "../../limits";

/**
 * The Wildberries emulator: one base URL serves the paths of every WB host (content, prices,
 * marketplace, common). Token buckets per seller and method group as WB documents them.
 */
export const WB_RATE_LIMITS: Record<WbGroup, BucketSpec> = {
  general: WB_LIMITS.general,
  content: WB_LIMITS.content,
  "content-write": WB_LIMITS.cardsWrite,
  media: WB_LIMITS.media,
  prices: WB_LIMITS.prices,
  marketplace: WB_LIMITS.stocks,
};

const GROUP_SCOPE: Record<WbGroup, Scope | null> = {
  general: null,
  content: "content",
  "content-write": "content",
  media: "content",
  prices: "prices",
  marketplace: "marketplace",
};

const GROUP_ORIGIN: Record<WbGroup, string> = {
  general: "s2s-api-auth-catalog",
  content: "s2s-api-auth-content",
  "content-write": "s2s-api-auth-content",
  media: "s2s-api-auth-content",
  prices: "s2s-api-auth-dp",
  marketplace: "s2s-api-auth-marketplace",
};

const groupOf = (route: EmulatorRoute<WbSession>) => route.group as WbGroup;

function behaviour(env: WbEnv): MarketplaceBehaviour<WbSession> {
  return {
    routes: [
      ...generalRoutes, ...directoryRoutes, ...uploadRoutes(env), ...readRoutes, ...mediaRoutes(env), ...priceRoutes(env), ...marketplaceRoutes,
    ],
    authenticate: (req, route) => {
      const origin = GROUP_ORIGIN[groupOf(route)];
      const header = req.headers.authorization;
      if (!header) return gatewayError(401, "unauthorized", "empty Authorization header", origin);
      const decoded = decodeToken(header.trim());
      if ("problem" in decoded) return gatewayError(401, "unauthorized", `token problem; ${decoded.problem}`, origin);
      const session = env.state.byToken(header.trim());
      if (!session) return gatewayError(401, "unauthorized", "token problem; token signature is invalid", origin);
      if (session.payload.exp * 1000 < Date.now()) return gatewayError(401, "unauthorized", "token problem; token is expired", origin);
      const scope = GROUP_SCOPE[groupOf(route)];
      if (scope && !hasScope(session.payload, scope)) return gatewayError(401, "unauthorized", "token scope not allowed", origin);
      return session;
    },
    credentialKey: (session) => String(session.seller.oid),
    bucket: (group) => WB_RATE_LIMITS[group as WbGroup],
    throttled: (take, _req, route) => {
      const spec = WB_RATE_LIMITS[groupOf(route)];
      return gatewayError(429, "too many requests", `limited by ${route.group}`, GROUP_ORIGIN[groupOf(route)], {
        "X-Ratelimit-Retry": headerSeconds(take.retryAfterMs),
        "X-Ratelimit-Limit": String(spec.burst),
        "X-Ratelimit-Reset": headerSeconds(take.resetMs),
      });
    },
    allowedHeaders: (take) => ({ "X-Ratelimit-Remaining": String(take.remaining) }),
    fault: (kind) =>
      kind === "error" ? contentError(500, "Internal Server Error") : { kind: "raw", status: 200, body: MALFORMED_JSON_BODY, contentType: "application/json" },
    notFound: (_req, methodNotAllowed) =>
      methodNotAllowed ? contentError(405, "Method Not Allowed") : contentError(404, "Not Found"),
    preRoute: (req) => serveMedia(env, req),
  };
}

export interface WbEmulatorOptions {
  port?: number;
  host?: string;
  seed?: string | number;
  timeScale?: number;
  faults?: FaultConfigInput;
  settings?: Partial<WbSettings>;
}

export interface WbCredentials {
  token: string;
  sellerId: number;
  expiresAt: string;
}

export interface WbEmulator {
  url: string;
  port: number;
  env: WbEnv;
  runtime: EmulatorRuntime<WbSession>;
  createSeller(seed: string | number, token?: WbTokenOptions): WbCredentials;
  /** Another token for an existing seller (e.g. without the content scope). */
  issueToken(sellerId: number, token: WbTokenOptions): string;
  /** Resolves when no queued card, price task or photo download is pending. */
  whenIdle(): Promise<void>;
  control: ControlTarget;
  close(): Promise<void>;
}

export async function startWbEmulator(options: WbEmulatorOptions = {}): Promise<WbEmulator> {
  const env: WbEnv = {
    state: new WbState(options.seed ?? 1),
    settings: { ...DEFAULT_WB_SETTINGS, ...options.settings },
    timeScale: new TimeScale(options.timeScale ?? 1),
    jobs: new JobQueue(),
    mediaFiles: new Map(),
  };
  const live = new EmulatorRuntime(behaviour(env), { timeScale: env.timeScale, faults: options.faults });
  const server: RunningServer = await startHttpServer(live.handler, { port: options.port, host: options.host });
  const createSeller = (seed: string | number, token?: WbTokenOptions, givenToken?: string): WbCredentials => {
    const { seller, token: issued } = givenToken ? env.state.restoreSeller(seed, givenToken) : env.state.createSeller(seed, token);
    const exp = env.state.byToken(issued)?.payload.exp ?? 0;
    return { token: issued, sellerId: seller.oid, expiresAt: new Date(exp * 1000).toISOString() };
  };
  const control: ControlTarget = {
    name: "wb",
    createSeller: (input: SellerInput) => ({ ...createSeller(input.seed, undefined, input.credentials?.wb?.token) }),
    listSellers: () => env.state.list().map((s) => ({ sellerId: s.oid, tradeMark: s.tradeMark, cards: s.cards.size })),
    setFaults: (config) => live.setFaults(config),
    setTimeScale: (scale) => live.timeScale.set(scale),
    stats: () => live.stats(),
    resetCounters: () => live.resetCounters(),
  };
  return {
    url: server.url,
    port: server.port,
    env,
    runtime: live,
    createSeller,
    issueToken: (sellerId, token) => {
      const seller = env.state.seller(sellerId);
      if (!seller) throw new Error(`unknown WB seller ${sellerId}`);
      return env.state.issueToken(seller, token);
    },
    whenIdle: () => env.jobs.whenIdle(),
    control,
    close: async () => {
      env.jobs.cancelAll();
      await server.close();
    },
  };
}
