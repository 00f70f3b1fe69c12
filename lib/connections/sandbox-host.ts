import { randomUUID } from "node:crypto";
import { z } from "zod";
import { getEnv } from "@/lib/env";
import type { GivenCredentials } from "@/lib/marketplaces/emulator-kit/control";
import { type MarketplaceEndpoints, marketplaceEndpoints, singleWbBaseUrl } from "@/lib/marketplaces/marketplace-config";

/**
 * Where sandbox connections live. With OZON_API_URL and WB_API_URL set (e.g. `npm run emulators`)
 * the sellers are created through those emulators' control API; otherwise the app runs the
 * emulators itself, in this process, started on first use. Their state is in memory, so at start
 * the stored sandbox sellers are registered again (`onStart`, given by lib/connections/sandbox.ts).
 */
export const sellersAnswerSchema = z.object({
  ozon: z.object({ clientId: z.string(), apiKey: z.string(), productIdBase: z.number().int() }).optional(),
  wb: z.object({ token: z.string(), expiresAt: z.string().optional() }).optional(),
});
export type SellersAnswer = z.infer<typeof sellersAnswerSchema>;

export interface SellersRequest {
  seed: string;
  products: number;
  /** Register these again instead of creating new sellers. */
  credentials?: GivenCredentials;
}

export interface SandboxHost {
  kind: "external" | "in-process";
  endpoints: MarketplaceEndpoints;
  registerSellers(request: SellersRequest): Promise<SellersAnswer>;
}

type Started = { host: SandboxHost; close: () => Promise<void> };
const store = globalThis as typeof globalThis & { __cardportSandbox?: Promise<Started> };

function externalHost(endpoints: MarketplaceEndpoints): SandboxHost {
  return {
    kind: "external",
    endpoints,
    async registerSellers(request) {
      const response = await fetch(`${endpoints.ozon}/__emulator/sellers`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(request),
        signal: AbortSignal.timeout(60_000),
      });
      if (!response.ok) throw new Error(`the sandbox emulators refused to create sellers (HTTP ${response.status})`);
      return sellersAnswerSchema.parse(await response.json());
    },
  };
}

async function startInProcess(onStart: (host: SandboxHost) => Promise<void>): Promise<Started> {
  // Loaded on first sandbox use only: a server that never opens a sandbox does not carry the emulators.
  const { startEmulators } = await import("@/lib/marketplaces/emulators");
  // A random seed for the emulators' own first seller, so its keys cannot be guessed.
  const emulators = await startEmulators({ host: "127.0.0.1", products: 0, seed: randomUUID() });
  const host: SandboxHost = {
    kind: "in-process",
    endpoints: { ozon: emulators.ozon.url, wb: singleWbBaseUrl(emulators.wb.url) },
    registerSellers: async (request) =>
      sellersAnswerSchema.parse(request.credentials ? emulators.restoreSellers({ ...request, credentials: request.credentials }) : emulators.createSellerPair(request)),
  };
  console.log(`[cardport] sandbox emulators started in-process: Ozon ${emulators.ozon.url}, WB ${emulators.wb.url}`);
  await onStart(host);
  return { host, close: emulators.close };
}

export function usesExternalEmulators(): boolean {
  const env = getEnv();
  return Boolean(env.OZON_API_URL && (env.WB_API_URL ?? env.WB_CONTENT_API_URL));
}

/** The sandbox host, starting the in-process emulators (once per process) when needed. */
export async function sandboxHost(onStart: (host: SandboxHost) => Promise<void>): Promise<SandboxHost> {
  if (usesExternalEmulators()) return externalHost(marketplaceEndpoints(getEnv()));
  const pending = (store.__cardportSandbox ??= startInProcess(onStart));
  try {
    return (await pending).host;
  } catch (error) {
    // Let the next use try again instead of remembering the failure forever.
    if (store.__cardportSandbox === pending) store.__cardportSandbox = undefined;
    throw error;
  }
}

export const inProcessSandboxRunning = () => store.__cardportSandbox !== undefined;

/** Stops the in-process emulators (tests simulate a restart with it). */
export async function stopSandboxHost(): Promise<void> {
  const pending = store.__cardportSandbox;
  store.__cardportSandbox = undefined;
  if (pending) await (await pending).close();
}
