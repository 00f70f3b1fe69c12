import { ControlPlane, type GivenCredentials, type MarketplaceName } from "./emulator-kit/control";
import type { FaultConfig, FaultConfigInput } from "./emulator-kit/faults";
import type { EmulatorStats } from "./emulator-kit/counters";
import { startOzonEmulator, type OzonEmulator } from "./ozon/emulator/server";
import type { OzonCredentials } from "./ozon/emulator/state";
import type { WbSettings } from "./wb/emulator/env";
import { startWbEmulator, type WbCredentials, type WbEmulator } from "./wb/emulator/server";

/**
 * Starts the Ozon and WB emulators in this process, with one shared control plane (mounted on
 * both servers under /__emulator/) and a first sandbox seller pair built from `seed`.
 */
export interface StartEmulatorsOptions {
  /** Base port: Ozon on it, WB on port + 1; 0 (default) picks free ports. */
  port?: number;
  host?: string;
  seed?: string | number;
  /** Products in the first seller's Ozon catalogue. */
  products?: number;
  timeScale?: number;
  faults?: { ozon?: FaultConfigInput; wb?: FaultConfigInput };
  wbSettings?: Partial<WbSettings>;
}

export interface SellerPair {
  seed: string | number;
  products: number;
  ozon: OzonCredentials;
  wb: WbCredentials;
}

export interface RestoreSellersInput {
  seed: string | number;
  products: number;
  credentials: GivenCredentials;
}

export interface RunningEmulators {
  ozon: OzonEmulator;
  wb: WbEmulator;
  control: ControlPlane;
  /** The pair created at start. */
  seller: SellerPair;
  createSellerPair(input?: { seed?: string | number; products?: number }): SellerPair;
  /** Registers again the sellers an earlier run issued (only the sides given); idempotent. */
  restoreSellers(input: RestoreSellersInput): Partial<SellerPair>;
  setFaults(target: MarketplaceName | "all", faults: FaultConfigInput): Record<string, FaultConfig>;
  setTimeScale(scale: number): void;
  counters(): Record<MarketplaceName, EmulatorStats>;
  resetCounters(): void;
  close(): Promise<void>;
}

export async function startEmulators(options: StartEmulatorsOptions = {}): Promise<RunningEmulators> {
  const seed = options.seed ?? 1;
  const base = options.port ?? 0;
  const ozon = await startOzonEmulator({ port: base, host: options.host, timeScale: options.timeScale, faults: options.faults?.ozon });
  const wb = await startWbEmulator({
    port: base === 0 ? 0 : base + 1,
    host: options.host,
    seed,
    timeScale: options.timeScale,
    faults: options.faults?.wb,
    settings: options.wbSettings,
  }).catch(async (error: unknown) => {
    await ozon.close();
    throw error;
  });
  const control = new ControlPlane([ozon.control, wb.control]);
  ozon.runtime.control = control;
  wb.runtime.control = control;
  const createSellerPair = (input: { seed?: string | number; products?: number } = {}) =>
    control.createSellerPair(input) as unknown as SellerPair;
  const seller = createSellerPair({ seed, products: options.products ?? 200 });
  return {
    ozon,
    wb,
    control,
    seller,
    createSellerPair,
    restoreSellers: (input) => control.createSellerPair(input) as Partial<SellerPair>,
    setFaults: (target, faults) => control.setFaults(faults, target),
    setTimeScale: (scale) => control.setTimeScale(scale),
    counters: () => control.counters() as Record<MarketplaceName, EmulatorStats>,
    resetCounters: () => {
      ozon.runtime.resetCounters();
      wb.runtime.resetCounters();
    },
    close: async () => {
      await Promise.all([ozon.close(), wb.close()]);
    },
  };
}
