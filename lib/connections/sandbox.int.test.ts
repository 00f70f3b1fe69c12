import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { connections, organisations } from "@/db/schema";
import { withTestDatabase } from "@/db/testing/with-test-database";
import { recheckConnection } from "./manage";
import { ozonClientFor, wbClientFor } from "./marketplace-clients";
import { listConnections } from "./queries";
import { connectSandbox, restoreSandbox } from "./sandbox";
import { inProcessSandboxRunning, stopSandboxHost } from "./sandbox-host";

/* No OZON_API_URL / WB_API_URL: the app runs the emulators itself, in this process. */
process.env.ENCRYPTION_KEY = randomBytes(32).toString("hex");
withTestDatabase();
afterAll(() => stopSandboxHost());

const names = { ozon: "Песочница Ozon", wb: "Песочница WB" };

async function productIds(organisationId: string, connectionId: string): Promise<number[]> {
  const client = await ozonClientFor(organisationId, connectionId);
  const ids: number[] = [];
  for (const visibility of ["ALL", "ARCHIVED"] as const) {
    for await (const page of client.listAllProducts({ visibility })) ids.push(...page.map((item) => item.product_id));
  }
  return ids.sort((a, b) => a - b);
}

describe("in-process sandbox", () => {
  it("starts the emulators on first use and brings the sellers back after a restart", async () => {
    const [org] = await getDb().insert(organisations).values({ name: "Sandbox seller" }).returning({ id: organisations.id });
    const organisationId = org!.id;
    expect(inProcessSandboxRunning()).toBe(false);

    const created = await connectSandbox({ organisationId, products: 25, names });
    expect(created.ok).toBe(true);
    expect(inProcessSandboxRunning()).toBe(true);
    const [ozon, wb] = await listConnections(organisationId);
    expect(ozon).toMatchObject({ marketplace: "ozon", environment: "sandbox", status: "active", name: "Песочница Ozon" });
    expect(wb).toMatchObject({ marketplace: "wb", environment: "sandbox", status: "active", name: "Песочница WB" });
    expect(wb!.sellerName).toBeTruthy();
    const before = await productIds(organisationId, ozon!.id);
    expect(before).toHaveLength(25);

    // A restart: the emulators' memory is gone, the database is not.
    await stopSandboxHost();
    expect(inProcessSandboxRunning()).toBe(false);
    await restoreSandbox();
    expect(inProcessSandboxRunning()).toBe(true);

    expect(await productIds(organisationId, ozon!.id)).toEqual(before);
    const wbClient = await wbClientFor(organisationId, wb!.id);
    expect((await wbClient.checkToken()).access).toEqual({ content: true, prices: true, marketplace: true });
    expect(await recheckConnection(organisationId, ozon!.id)).toEqual({ ok: true, value: { ok: true } });
  });

  it("does nothing at start when there is no sandbox connection", async () => {
    await stopSandboxHost();
    await getDb().delete(connections).where(eq(connections.environment, "sandbox"));
    await restoreSandbox();
    expect(inProcessSandboxRunning()).toBe(false);
  });
});
