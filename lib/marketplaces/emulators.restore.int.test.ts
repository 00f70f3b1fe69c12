import { afterAll, describe, expect, it } from "vitest";
import { startEmulators } from "./emulators";
import { createOzonClient } from "./ozon/client";
import { createWbClient } from "./wb/client";

/** Sellers registered again with the credentials an earlier emulator run issued (app restart). */
const first = await startEmulators({ products: 0, seed: "restore-1" });
const second = await startEmulators({ products: 0, seed: "restore-2" });
afterAll(() => Promise.all([first.close(), second.close()]));

const post = (url: string, body: unknown) =>
  fetch(`${url}/__emulator/sellers`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });

describe("restoring sandbox sellers", () => {
  it("registers the same Ozon seller and WB token in a fresh emulator, over the control API", async () => {
    const issued = first.createSellerPair({ seed: "shop", products: 8 });
    const response = await post(second.ozon.url, {
      seed: "shop",
      products: 8,
      credentials: { ozon: { clientId: issued.ozon.clientId, apiKey: issued.ozon.apiKey, productIdBase: issued.ozon.productIdBase }, wb: { token: issued.wb.token } },
    });
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({ ozon: { clientId: issued.ozon.clientId }, wb: { token: issued.wb.token, sellerId: issued.wb.sellerId } });

    const ids = (emu: typeof first) => emu.ozon.state.get(issued.ozon.clientId)?.products.map((p) => p.productId);
    expect(ids(second)).toEqual(ids(first));
    const ozon = createOzonClient({ baseUrl: second.ozon.url, clientId: issued.ozon.clientId, apiKey: issued.ozon.apiKey });
    expect((await ozon.checkCredentials()).totalProducts).toBeGreaterThan(0);
    const wb = createWbClient({ baseUrl: second.wb.url, token: issued.wb.token });
    expect((await wb.checkToken()).seller.sid).toBe(first.wb.env.state.seller(issued.wb.sellerId)?.sid);
  });

  it("is idempotent, registers only the sides given, and refuses clashes and forged tokens", async () => {
    const issued = first.createSellerPair({ seed: "again", products: 2 });
    const ozonOnly = { seed: "again", products: 2, credentials: { ozon: { clientId: issued.ozon.clientId, apiKey: issued.ozon.apiKey } } };
    expect(second.restoreSellers(ozonOnly)).not.toHaveProperty("wb");
    expect(second.restoreSellers(ozonOnly).ozon?.clientId).toBe(issued.ozon.clientId);

    const clash = await post(second.ozon.url, { ...ozonOnly, credentials: { ozon: { clientId: issued.ozon.clientId, apiKey: "another-key" } } });
    expect(clash.status).toBe(409);
    const [header, , signature] = issued.wb.token.split(".");
    const forgedBody = Buffer.from(JSON.stringify({ oid: 1 })).toString("base64url");
    const forged = await post(second.wb.url, { seed: "x", products: 0, credentials: { wb: { token: `${header}.${forgedBody}.${signature}` } } });
    expect(forged.status).toBe(409);
  });
});
