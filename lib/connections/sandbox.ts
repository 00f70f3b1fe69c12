import { randomUUID } from "node:crypto";
import { asc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { type Connection, connections } from "@/db/schema";
import type { GivenCredentials } from "@/lib/marketplaces/emulator-kit/control";
import type { MarketplaceEndpoints } from "@/lib/marketplaces/marketplace-config";
import type { CheckFailure } from "./check-failure";
import { openCredentials, type StoredCredentials } from "./credentials";
import { type SandboxHost, sandboxHost } from "./sandbox-host";
import { insertCheckedConnections } from "./store";
import { verifyCredentials } from "./verify-credentials";

/**
 * Sandbox connections: an Ozon + WB pair served by CardPort's emulators with a generated
 * catalogue, so a seller can try everything without real keys. The emulators keep state in
 * memory, so each stored sandbox seller is registered again with its stored keys after a restart.
 */

/** The emulator request that registers a stored sandbox connection's seller again. */
function restoreRequest(credentials: StoredCredentials) {
  const sandbox = credentials.sandbox;
  if (!sandbox) return null;
  const given: GivenCredentials =
    credentials.marketplace === "ozon"
      ? { ozon: { clientId: credentials.clientId, apiKey: credentials.apiKey, productIdBase: sandbox.productIdBase } }
      : { wb: { token: credentials.token } };
  return { seed: sandbox.seed, products: sandbox.products, credentials: given };
}

export async function registerSandboxSeller(host: SandboxHost, credentials: StoredCredentials): Promise<void> {
  const request = restoreRequest(credentials);
  if (request) await host.registerSellers(request);
}

async function registerStored(host: SandboxHost): Promise<number> {
  const rows = await getDb()
    .select({ id: connections.id, organisationId: connections.organisationId, ciphertext: connections.credentialsCiphertext })
    .from(connections)
    .where(eq(connections.environment, "sandbox"))
    .orderBy(asc(connections.createdAt));
  let restored = 0;
  for (const row of rows) {
    try {
      await registerSandboxSeller(host, openCredentials(row.ciphertext, row.organisationId));
      restored += 1;
    } catch (error) {
      // One unreadable row (e.g. a key no longer in the ring) must not keep the others down.
      console.error(`[cardport] could not restore sandbox connection ${row.id}:`, error instanceof Error ? error.message : error);
    }
  }
  return restored;
}

async function restoreAll(host: SandboxHost): Promise<void> {
  const restored = await registerStored(host);
  if (restored > 0) console.log(`[cardport] sandbox: ${restored} stored seller(s) registered again`);
}

/** The sandbox host; starting the in-process emulators registers every stored sandbox seller first. */
export const getSandboxHost = () => sandboxHost(restoreAll);

export const sandboxEndpoints = async (): Promise<MarketplaceEndpoints> => (await getSandboxHost()).endpoints;

/**
 * Start-up hook (lib/startup.ts): brings the sandbox back when sandbox connections exist — starts the
 * in-process emulators (which restores them) or registers them again with external emulators.
 */
export async function restoreSandbox(): Promise<void> {
  const [any] = await getDb().select({ id: connections.id }).from(connections).where(eq(connections.environment, "sandbox")).limit(1);
  if (!any) return;
  const host = await getSandboxHost();
  // In-process, starting the host restored them; external emulators may have restarted on their own.
  if (host.kind === "external") await restoreAll(host);
}

export interface SandboxPairInput {
  organisationId: string;
  products: number;
  names: Record<Connection["marketplace"], string>;
}

/** Creates a seller pair in the emulators and saves both connections after checking them like real keys. */
export async function connectSandbox(input: SandboxPairInput): Promise<{ ok: true; ids: string[] } | { ok: false; failure: CheckFailure }> {
  const host = await getSandboxHost();
  const seed = `sandbox-${randomUUID()}`;
  const answer = await host.registerSellers({ seed, products: input.products });
  if (!answer.ozon || !answer.wb) throw new Error("the sandbox emulators did not create both sellers");
  const pair: StoredCredentials[] = [
    { marketplace: "ozon", clientId: answer.ozon.clientId, apiKey: answer.ozon.apiKey, sandbox: { seed, products: input.products, productIdBase: answer.ozon.productIdBase } },
    { marketplace: "wb", token: answer.wb.token, sandbox: { seed, products: 0 } },
  ];
  const rows = [];
  for (const credentials of pair) {
    const verification = await verifyCredentials(credentials, host.endpoints);
    if (!verification.ok) return verification;
    const connection = { organisationId: input.organisationId, environment: "sandbox" as const, name: input.names[credentials.marketplace], credentials };
    rows.push({ connection, verification });
  }
  return { ok: true, ids: await insertCheckedConnections(rows) };
}
