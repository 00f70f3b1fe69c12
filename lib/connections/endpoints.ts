import { getEnv } from "@/lib/env";
import { type MarketplaceEndpoints, marketplaceEndpoints } from "@/lib/marketplaces/marketplace-config";
import { sandboxEndpoints } from "./sandbox";
import type { Environment } from "./store";

/** Production connections use the configured (or real) hosts; sandbox ones the emulators. */
export async function endpointsFor(environment: Environment): Promise<MarketplaceEndpoints> {
  return environment === "sandbox" ? sandboxEndpoints() : marketplaceEndpoints(getEnv());
}
