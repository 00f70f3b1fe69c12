import { z } from "zod";
import type { EmulatorStats } from "./counters";
import { faultConfigSchema, type FaultConfig, type FaultConfigInput } from "./faults";
import { BadJsonError, json, parseJsonBody, type EmuRequest, type EmuResponse } from "./http";

/**
 * The sandbox control API (`/__emulator/...`), not part of any marketplace API. The app's
 * "Sandbox connection" button and the tests use it to create seller pairs, set faults and the
 * time scale, and read counters. Both emulators mount the same plane, so either URL works.
 */
export const CONTROL_PREFIX = "/__emulator/";

export type MarketplaceName = "ozon" | "wb";

export interface ControlTarget {
  readonly name: MarketplaceName;
  createSeller(input: SellerInput): Record<string, unknown>;
  listSellers(): Array<Record<string, unknown>>;
  setFaults(config: FaultConfigInput): FaultConfig;
  setTimeScale(scale: number): void;
  stats(): EmulatorStats;
  resetCounters(): void;
}

/**
 * Credentials an earlier run issued, to register the same seller again: emulator state lives in
 * memory, so the app re-creates its stored sandbox sellers after a restart. Only the sides given
 * are registered (each stored connection restores itself).
 */
export const givenCredentialsSchema = z.object({
  ozon: z
    .object({
      clientId: z.string().regex(/^\d{1,12}$/),
      apiKey: z.string().min(1).max(200),
      productIdBase: z.number().int().positive().optional(),
    })
    .optional(),
  wb: z.object({ token: z.string().min(1).max(4000) }).optional(),
});
export type GivenCredentials = z.output<typeof givenCredentialsSchema>;

export const sellerInputSchema = z.object({
  seed: z.union([z.string().min(1).max(200), z.number().int()]).default(() => `sandbox-${Date.now()}`),
  products: z.number().int().min(0).max(100_000).default(200),
  credentials: givenCredentialsSchema.optional(),
});
export type SellerInput = z.output<typeof sellerInputSchema>;

/** Given credentials that clash with a seller already registered (HTTP 409). */
export class SellerConflictError extends Error {}

const targetSchema = z.enum(["ozon", "wb", "all"]).default("all");
const faultsBodySchema = z.object({ target: targetSchema, faults: faultConfigSchema });
const timeScaleBodySchema = z.object({ target: targetSchema, scale: z.number().positive().max(100_000) });

export class ControlPlane {
  constructor(private readonly targets: ControlTarget[]) {}

  private pick(target: "ozon" | "wb" | "all"): ControlTarget[] {
    return this.targets.filter((t) => target === "all" || t.name === target);
  }

  /**
   * Creates one seller in every emulator from the same seed: the Ozon side gets the catalogue.
   * With `credentials`, registers the given sides again instead.
   */
  createSellerPair(input: z.input<typeof sellerInputSchema> = {}): Record<string, unknown> {
    const parsed = sellerInputSchema.parse(input);
    const result: Record<string, unknown> = { seed: parsed.seed, products: parsed.products };
    for (const target of this.targets) {
      if (parsed.credentials && !parsed.credentials[target.name]) continue;
      result[target.name] = target.createSeller(parsed);
    }
    return result;
  }

  setFaults(faults: FaultConfigInput, target: "ozon" | "wb" | "all" = "all"): Record<string, FaultConfig> {
    return Object.fromEntries(this.pick(target).map((t) => [t.name, t.setFaults(faults)]));
  }

  setTimeScale(scale: number, target: "ozon" | "wb" | "all" = "all"): void {
    for (const t of this.pick(target)) t.setTimeScale(scale);
  }

  counters(): Record<string, EmulatorStats> {
    return Object.fromEntries(this.targets.map((t) => [t.name, t.stats()]));
  }

  /** Answers a control request, or returns null when the path is not a control path. */
  handle(req: EmuRequest): EmuResponse | null {
    if (!req.path.startsWith(CONTROL_PREFIX)) return null;
    const route = `${req.method} ${req.path.slice(CONTROL_PREFIX.length - 1)}`;
    try {
      const body = parseJsonBody(req) ?? {};
      switch (route) {
        case "POST /sellers":
          return json(201, this.createSellerPair(sellerInputSchema.parse(body)));
        case "GET /sellers":
          return json(200, Object.fromEntries(this.targets.map((t) => [t.name, t.listSellers()])));
        case "POST /faults": {
          const parsed = faultsBodySchema.parse(body);
          return json(200, this.setFaults(parsed.faults, parsed.target));
        }
        case "POST /time-scale": {
          const parsed = timeScaleBodySchema.parse(body);
          this.setTimeScale(parsed.scale, parsed.target);
          return json(200, { scale: parsed.scale, target: parsed.target });
        }
        case "GET /counters":
          return json(200, this.counters());
        case "POST /counters/reset":
          for (const t of this.targets) t.resetCounters();
          return json(200, this.counters());
        case "GET /health":
          return json(200, { ok: true, emulators: this.targets.map((t) => t.name) });
        default:
          return json(404, { error: `unknown control route ${route}` });
      }
    } catch (error) {
      if (error instanceof z.ZodError) return json(400, { error: "invalid control request", issues: error.issues });
      if (error instanceof BadJsonError) return json(400, { error: `invalid JSON: ${error.message}` });
      if (error instanceof SellerConflictError) return json(409, { error: error.message });
      throw error;
    }
  }
}
