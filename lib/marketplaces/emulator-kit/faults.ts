import { z } from "zod";
import { createPrng, type Prng } from "./prng";

/**
 * Per-instance fault injection. Each request draws one number from a seeded stream, so the same
 * seed and the same request order give the same faults.
 */
const share = z.number().min(0).max(1).default(0);

export const faultConfigSchema = z
  .object({
    seed: z.union([z.string(), z.number()]).default(1),
    /** Share of requests answered with the marketplace's 5xx error. */
    errorRate: share,
    /** Share of requests that never get an answer (the socket stays open). */
    timeoutRate: share,
    /** Share of requests whose connection is destroyed without an answer. */
    dropRate: share,
    /** Share of requests answered 200 with a truncated JSON body. */
    malformedRate: share,
    /** Share of requests answered 429 although the bucket has tokens. */
    throttleRate: share,
    /** The next N requests are answered 429 (a forced burst). */
    burst429: z.number().int().min(0).default(0),
  })
  .strict()
  .refine((c) => c.errorRate + c.timeoutRate + c.dropRate + c.malformedRate + c.throttleRate <= 1, {
    message: "fault shares must add up to at most 1",
  });

export type FaultConfigInput = z.input<typeof faultConfigSchema>;
export type FaultConfig = z.output<typeof faultConfigSchema>;
export type FaultKind = "error" | "timeout" | "drop" | "malformed" | "throttle";

export class FaultInjector {
  private config: FaultConfig = faultConfigSchema.parse({});
  private prng: Prng = createPrng(1);
  readonly injected: Record<FaultKind, number> = { error: 0, timeout: 0, drop: 0, malformed: 0, throttle: 0 };

  constructor(initial?: FaultConfigInput) {
    if (initial) this.set(initial);
  }

  set(input: FaultConfigInput): FaultConfig {
    this.config = faultConfigSchema.parse(input);
    this.prng = createPrng(this.config.seed);
    return this.config;
  }

  get current(): FaultConfig {
    return this.config;
  }

  /** The fault for the next request, or null. Control-API requests must not call this. */
  decide(): FaultKind | null {
    const kind = this.draw();
    if (kind) this.injected[kind] += 1;
    return kind;
  }

  private draw(): FaultKind | null {
    if (this.config.burst429 > 0) {
      this.config = { ...this.config, burst429: this.config.burst429 - 1 };
      return "throttle";
    }
    const roll = this.prng.next();
    let edge = 0;
    const table: Array<[FaultKind, number]> = [
      ["error", this.config.errorRate],
      ["timeout", this.config.timeoutRate],
      ["drop", this.config.dropRate],
      ["malformed", this.config.malformedRate],
      ["throttle", this.config.throttleRate],
    ];
    for (const [kind, rate] of table) {
      edge += rate;
      if (roll < edge) return kind;
    }
    return null;
  }
}

/** A 200 answer whose JSON is cut in the middle, as a proxy that drops the tail would give. */
export const MALFORMED_JSON_BODY = '{"result":{"items":[{"product_id":1,"offer_id":"';
