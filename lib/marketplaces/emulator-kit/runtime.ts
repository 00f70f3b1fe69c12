import type { ControlPlane } from "./control";
import { RequestCounters, type EmulatorStats } from "./counters";
import { FaultInjector, type FaultConfig, type FaultConfigInput, type FaultKind } from "./faults";
import { withHeaders, type EmuRequest, type EmuResponse, type Handler } from "./http";
import { RateLimiter, type BucketSpec, type TakeResult } from "./rate-limiter";
import { Router } from "./router";
import { TimeScale } from "./time-scale";

/**
 * The request pipeline both emulators share: control API → static files → injected faults →
 * authentication → rate limit (token bucket per credential and method group) → route.
 * Each marketplace supplies its own answers for every step.
 */
export interface RouteContext<Seller> {
  req: EmuRequest;
  seller: Seller;
}

export interface EmulatorRoute<Seller> {
  method: string;
  template: string;
  /** Rate-limit group. */
  group: string;
  handle(ctx: RouteContext<Seller>): EmuResponse | Promise<EmuResponse>;
}

export interface MarketplaceBehaviour<Seller> {
  routes: Array<EmulatorRoute<Seller>>;
  authenticate(req: EmuRequest, route: EmulatorRoute<Seller>): Seller | EmuResponse;
  credentialKey(seller: Seller): string;
  bucket(group: string): BucketSpec;
  /** The marketplace's 429 answer. */
  throttled(take: TakeResult, req: EmuRequest, route: EmulatorRoute<Seller>): EmuResponse;
  /** Headers on every answer that was not throttled. */
  allowedHeaders(take: TakeResult, route: EmulatorRoute<Seller>): Record<string, string>;
  /** The marketplace's answer for an injected 5xx or malformed-body fault. */
  fault(kind: "error" | "malformed", req: EmuRequest): EmuResponse;
  notFound(req: EmuRequest, methodNotAllowed: boolean): EmuResponse;
  /** Answers that need no credentials (e.g. product photos), or null. */
  preRoute?(req: EmuRequest): EmuResponse | null | Promise<EmuResponse | null>;
}

const isResponse = (value: unknown): value is EmuResponse =>
  typeof value === "object" && value !== null && "kind" in value && ["json", "raw", "hang", "drop"].includes(String((value as EmuResponse).kind));

export class EmulatorRuntime<Seller> {
  readonly timeScale: TimeScale;
  readonly limiter: RateLimiter;
  readonly faults: FaultInjector;
  readonly counters = new RequestCounters();
  control: ControlPlane | null = null;
  private readonly router = new Router<EmulatorRoute<Seller>>();

  constructor(
    private readonly behaviour: MarketplaceBehaviour<Seller>,
    options: { timeScale?: number | TimeScale; faults?: FaultConfigInput } = {},
  ) {
    this.timeScale = options.timeScale instanceof TimeScale ? options.timeScale : new TimeScale(options.timeScale ?? 1);
    this.limiter = new RateLimiter(this.timeScale);
    this.faults = new FaultInjector(options.faults);
    for (const route of behaviour.routes) this.router.add({ method: route.method, template: route.template, meta: route });
  }

  setFaults(config: FaultConfigInput): FaultConfig {
    return this.faults.set(config);
  }

  stats(): EmulatorStats {
    return this.counters.snapshot(this.faults.injected);
  }

  resetCounters(): void {
    this.counters.reset(this.faults.injected);
  }

  readonly handler: Handler = async (req) => {
    const control = this.control?.handle(req);
    if (control) return control;
    const early = await this.behaviour.preRoute?.(req);
    if (early) return early;
    const match = this.router.match(req.method, req.path);
    if (!match || "methodNotAllowed" in match) {
      this.counters.record(`${req.method} (unknown path)`);
      return this.behaviour.notFound(req, match !== null);
    }
    const route = match.route.meta;
    const methodKey = `${route.method} ${route.template}`;
    this.counters.record(methodKey);
    req.params = match.params;
    const fault = this.faults.decide();
    if (fault && fault !== "throttle") return this.faultAnswer(fault, req);
    const auth = this.behaviour.authenticate(req, route);
    if (isResponse(auth)) return auth;
    const spec = this.behaviour.bucket(route.group);
    const key = `${this.behaviour.credentialKey(auth)}|${route.group}`;
    if (fault === "throttle") this.limiter.drain(key);
    const take = this.limiter.take(key, spec);
    if (!take.allowed) {
      this.counters.recordThrottled(methodKey);
      return this.behaviour.throttled(take, req, route);
    }
    const response = await route.handle({ req, seller: auth });
    return withHeaders(response, this.behaviour.allowedHeaders(take, route));
  };

  private faultAnswer(kind: Exclude<FaultKind, "throttle">, req: EmuRequest): EmuResponse {
    if (kind === "timeout") return { kind: "hang" };
    if (kind === "drop") return { kind: "drop" };
    return this.behaviour.fault(kind, req);
  }
}
