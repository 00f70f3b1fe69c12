import { randomBytes } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { connections, organisations } from "@/db/schema";
import { withTestDatabase } from "@/db/testing/with-test-database";
import { keyRing } from "@/lib/crypto";
import { type RunningEmulators, startEmulators } from "@/lib/marketplaces/emulators";
import { openCredentials, sealCredentials } from "./credentials";
import { addConnection, recheckConnection, removeConnection, renameConnection, rotateConnectionKey } from "./manage";
import { ConnectionNotFoundError, ozonClientFor, wbClientFor } from "./marketplace-clients";
import { getConnection, listConnections } from "./queries";
import { resealStoredCredentials } from "./reseal";
import { connectSandbox } from "./sandbox";
import { verifyCredentials } from "./verify-credentials";

/*
 * "Real-style" connections: OZON_API_URL / WB_API_URL point at emulators started here, exactly as
 * `npm run emulators` would serve them; sandbox pairs are then created through their control API.
 */
let emu: RunningEmulators;
const ENCRYPTION_KEY = randomBytes(32).toString("hex");

beforeAll(async () => {
  emu = await startEmulators({ products: 5, seed: "connections-int" });
  Object.assign(process.env, { ENCRYPTION_KEY, OZON_API_URL: emu.ozon.url, WB_API_URL: emu.wb.url });
});
withTestDatabase();
afterAll(async () => {
  await emu.close();
});

async function organisation(name: string): Promise<string> {
  const [row] = await getDb().insert(organisations).values({ name }).returning({ id: organisations.id });
  return row!.id;
}

const countFor = async (organisationId: string) => (await listConnections(organisationId)).length;

describe("adding a connection", () => {
  it("checks the Ozon key, saves it sealed and shows it masked", async () => {
    const org = await organisation("Ozon seller");
    const { clientId, apiKey } = emu.seller.ozon;
    const result = await addConnection({ organisationId: org, name: "Мой Ozon", credentials: { marketplace: "ozon", clientId, apiKey } });
    expect(result.ok).toBe(true);

    const [view] = await listConnections(org);
    expect(view).toMatchObject({ marketplace: "ozon", environment: "production", name: "Мой Ozon", status: "active", lastError: null });
    expect(view!.credentialsHint).toBe(`Client-Id ${clientId.slice(0, 2)}…${clientId.slice(-2)} · Api-Key ••••${apiKey.slice(-4)}`);
    expect(view!.lastCheckedAt).toBeInstanceOf(Date);
    expect(view).not.toHaveProperty("credentialsCiphertext");

    // The raw row, as anyone with database access would see it: no key, no Client-Id.
    const raw = await getDb().execute(sql`select * from connections where organisation_id = ${org}`);
    // PGlite and postgres.js shape the result differently; either way the row values are in it.
    const dump = JSON.stringify(raw);
    expect(dump).toContain("credentials_ciphertext");
    expect(dump).not.toContain(apiKey);
    expect(dump).not.toContain(clientId);
  });

  it("checks a WB token and records the seller and the token's expiry", async () => {
    const org = await organisation("WB seller");
    const result = await addConnection({ organisationId: org, name: "Мой WB", credentials: { marketplace: "wb", token: emu.seller.wb.token } });
    expect(result.ok).toBe(true);
    const [view] = await listConnections(org);
    expect(view!.sellerName).toBeTruthy();
    expect(view!.tokenExpiresAt?.toISOString()).toBe(new Date(emu.seller.wb.expiresAt).toISOString());
    const raw = JSON.stringify((await getDb().select().from(connections).where(eq(connections.organisationId, org)))[0]);
    expect(raw).not.toContain(emu.seller.wb.token);
    expect(raw).not.toContain(emu.seller.wb.token.split(".")[2]);
  });

  it("refuses a wrong Ozon key with a clear reason and saves nothing", async () => {
    const org = await organisation("Wrong key");
    const result = await addConnection({
      organisationId: org,
      name: "Ошибка",
      credentials: { marketplace: "ozon", clientId: emu.seller.ozon.clientId, apiKey: "00000000-0000-4000-8000-000000000000" },
    });
    expect(result).toEqual({ ok: false, failure: { code: "wrong-key", marketplace: "ozon" } });
    expect(await countFor(org)).toBe(0);
  });

  it("refuses a WB token without the categories CardPort needs, naming them", async () => {
    const org = await organisation("Narrow token");
    const token = emu.wb.issueToken(emu.seller.wb.sellerId, { scopes: ["content"] });
    const result = await addConnection({ organisationId: org, name: "WB", credentials: { marketplace: "wb", token } });
    expect(result).toEqual({ ok: false, failure: { code: "missing-scope", marketplace: "wb", missing: ["prices", "marketplace"] } });
    expect(await countFor(org)).toBe(0);
  });

  it("reports an unreachable API as such", async () => {
    const closed = await startEmulators({ products: 0 });
    await closed.close();
    const endpoints = { ozon: closed.ozon.url, wb: { content: closed.wb.url, prices: closed.wb.url, marketplace: closed.wb.url, common: closed.wb.url } };
    const verification = await verifyCredentials({ marketplace: "ozon", clientId: "123456", apiKey: "whatever-key-1234" }, endpoints);
    expect(verification).toEqual({ ok: false, failure: { code: "unreachable", marketplace: "ozon" } });
  });
});

describe("organisation isolation", () => {
  it("lets organisation B neither read nor change A's connection by its id", async () => {
    const [a, b] = [await organisation("A"), await organisation("B")];
    const added = await addConnection({ organisationId: a, name: "A Ozon", credentials: { marketplace: "ozon", ...pick(emu.seller.ozon) } });
    if (!added.ok) throw new Error("setup failed");
    const id = added.value.id;
    const notFound = { ok: false, failure: { code: "not-found" } };

    expect(await getConnection(b, id)).toBeNull();
    expect(await listConnections(b)).toEqual([]);
    expect(await renameConnection(b, id, "stolen")).toEqual(notFound);
    expect(await rotateConnectionKey(b, id, { marketplace: "ozon", ...pick(emu.seller.ozon) })).toEqual(notFound);
    expect(await recheckConnection(b, id)).toEqual(notFound);
    expect(await removeConnection(b, id)).toEqual(notFound);
    await expect(ozonClientFor(b, id)).rejects.toBeInstanceOf(ConnectionNotFoundError);
    await expect(ozonClientFor(b, "not-a-uuid")).rejects.toBeInstanceOf(ConnectionNotFoundError);

    expect(await getConnection(a, id)).toMatchObject({ name: "A Ozon", status: "active" });
    // A ciphertext copied into B's row does not open for B: it is bound to A.
    const [row] = await getDb().select().from(connections).where(eq(connections.id, id));
    expect(() => openCredentials(row!.credentialsCiphertext, b)).toThrow(/authentication/);

    expect(await renameConnection(a, id, "Основной Ozon")).toEqual({ ok: true, value: undefined });
    expect((await getConnection(a, id))?.name).toBe("Основной Ozon");
    const client = await ozonClientFor(a, id);
    expect((await client.checkCredentials()).totalProducts).toBeGreaterThan(0);
    await expect(wbClientFor(a, id)).rejects.toThrow(/not a WB connection/);
    expect(await removeConnection(a, id)).toEqual({ ok: true, value: undefined });
    expect(await getConnection(a, id)).toBeNull();
  });
});

describe("keys and health", () => {
  it("replaces a WB token with a new one of the same seller, refusing another seller's", async () => {
    const org = await organisation("Rotation");
    const added = await addConnection({ organisationId: org, name: "WB", credentials: { marketplace: "wb", token: emu.seller.wb.token } });
    if (!added.ok) throw new Error("setup failed");
    const id = added.value.id;
    const [before] = await getDb().select().from(connections).where(eq(connections.id, id));

    const fresh = emu.wb.issueToken(emu.seller.wb.sellerId, { expiresAt: new Date(Date.now() + 30 * 86_400_000) });
    expect(await rotateConnectionKey(org, id, { marketplace: "wb", token: fresh })).toEqual({ ok: true, value: undefined });
    const [after] = await getDb().select().from(connections).where(eq(connections.id, id));
    expect(after!.credentialsCiphertext).not.toBe(before!.credentialsCiphertext);
    expect(after!.credentialsHint).toBe(`Token ••••${fresh.slice(-4)}`);
    expect(openCredentials(after!.credentialsCiphertext, org)).toEqual({ marketplace: "wb", token: fresh });

    const other = emu.createSellerPair({ seed: "other", products: 0 }).wb.token;
    expect(await rotateConnectionKey(org, id, { marketplace: "wb", token: other })).toEqual({ ok: false, failure: { code: "other-account" } });
    const bad = emu.wb.issueToken(emu.seller.wb.sellerId, { scopes: ["content"] });
    expect(await rotateConnectionKey(org, id, { marketplace: "wb", token: bad })).toMatchObject({ ok: false, failure: { code: "missing-scope" } });
    expect(openCredentials((await getDb().select().from(connections).where(eq(connections.id, id)))[0]!.credentialsCiphertext, org)).toEqual({ marketplace: "wb", token: fresh });
  });

  it("records a failed re-check, and recovery on the next one", async () => {
    const org = await organisation("Health");
    const added = await addConnection({ organisationId: org, name: "Ozon", credentials: { marketplace: "ozon", ...pick(emu.seller.ozon) } });
    if (!added.ok) throw new Error("setup failed");
    emu.setFaults("ozon", { errorRate: 1 });
    try {
      expect(await recheckConnection(org, added.value.id)).toEqual({ ok: true, value: { ok: false } });
    } finally {
      emu.setFaults("ozon", { errorRate: 0 });
    }
    expect(await getConnection(org, added.value.id)).toMatchObject({ status: "error", lastError: "unreachable" });
    expect(await recheckConnection(org, added.value.id)).toEqual({ ok: true, value: { ok: true } });
    expect(await getConnection(org, added.value.id)).toMatchObject({ status: "active", lastError: null });
  });

  it("re-seals keys sealed with the previous ENCRYPTION_KEY", async () => {
    const org = await organisation("Key rotation");
    const added = await addConnection({ organisationId: org, name: "Ozon", credentials: { marketplace: "ozon", ...pick(emu.seller.ozon) } });
    if (!added.ok) throw new Error("setup failed");
    const next = randomBytes(32).toString("hex");
    const rotated = keyRing(next, [ENCRYPTION_KEY]);
    expect((await resealStoredCredentials(rotated)).resealed).toBeGreaterThanOrEqual(1);
    expect((await resealStoredCredentials(rotated)).resealed).toBe(0);
    const [row] = await getDb().select().from(connections).where(eq(connections.id, added.value.id));
    expect(openCredentials(row!.credentialsCiphertext, org, keyRing(next))).toMatchObject({ clientId: emu.seller.ozon.clientId });
    // Put it back under the test's key for the other tests.
    await getDb().update(connections).set({ credentialsCiphertext: sealCredentials(openCredentials(row!.credentialsCiphertext, org, keyRing(next)), org) });
  });
});

describe("sandbox through external emulators", () => {
  it("creates an Ozon + WB pair through the control API with a generated catalogue", async () => {
    const org = await organisation("Sandbox");
    const result = await connectSandbox({ organisationId: org, products: 12, names: { ozon: "Песочница Ozon", wb: "Песочница WB" } });
    expect(result.ok).toBe(true);
    const views = await listConnections(org);
    expect(views.map((v) => [v.marketplace, v.environment, v.status])).toEqual([
      ["ozon", "sandbox", "active"],
      ["wb", "sandbox", "active"],
    ]);
    const ozon = await ozonClientFor(org, views[0]!.id);
    expect((await ozon.checkCredentials()).totalProducts).toBeGreaterThan(0);
    const [row] = await getDb().select().from(connections).where(eq(connections.id, views[0]!.id));
    const stored = openCredentials(row!.credentialsCiphertext, org);
    if (stored.marketplace !== "ozon") throw new Error("expected the Ozon side first");
    expect(emu.ozon.state.get(stored.clientId)?.products).toHaveLength(12);
    expect(stored.sandbox).toMatchObject({ products: 12 });
    const wb = await wbClientFor(org, views[1]!.id);
    expect((await wb.checkToken()).access).toEqual({ content: true, prices: true, marketplace: true });
  });
});

function pick(credentials: { clientId: string; apiKey: string }) {
  return { clientId: credentials.clientId, apiKey: credentials.apiKey };
}
