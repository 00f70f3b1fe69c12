import type { JobQueue } from "../../emulator-kit/jobs";
import type { TimeScale } from "../../emulator-kit/time-scale";
import type { WbSeller, WbState } from "./state";
import type { TokenPayload } from "./tokens";

/** What every WB route can reach: state, settings, the time scale and the background queue. */
export interface WbSettings {
  /** Marketplace time until a queued card appears (or fails); scaled by the time scale. */
  cardDelayMs: number;
  /** Marketplace time until a price task is processed. */
  priceDelayMs: number;
  /** Marketplace time until downloaded photos are attached. */
  mediaDelayMs: number;
}

export const DEFAULT_WB_SETTINGS: WbSettings = { cardDelayMs: 5_000, priceDelayMs: 3_000, mediaDelayMs: 1_000 };

export interface WbEnv {
  state: WbState;
  settings: WbSettings;
  timeScale: TimeScale;
  jobs: JobQueue;
  /** Photos uploaded with media/file, served at /media/<nmID>/<n>. */
  mediaFiles: Map<string, { data: Buffer; contentType: string }>;
}

export interface WbSession {
  seller: WbSeller;
  payload: TokenPayload;
}

export const nowIso = () => new Date().toISOString();
