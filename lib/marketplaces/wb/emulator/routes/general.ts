import { json } from "../../../emulator-kit/http";
import { wbMethod } from "./route-helpers";

/** GET /ping (every host) and GET /api/v1/seller-info: the token check of a new connection. */
const ping = wbMethod({
  method: "GET",
  template: "/ping",
  group: "general",
  handle: () => json(200, { TS: new Date().toISOString().replace(/\.\d{3}Z$/, "+00:00"), Status: "OK" }),
});

const sellerInfo = wbMethod({
  method: "GET",
  template: "/api/v1/seller-info",
  group: "general",
  handle: (_body, { seller }) =>
    json(200, { name: seller.seller.name, sid: seller.seller.sid, tin: seller.seller.tin, tradeMark: seller.seller.tradeMark }),
});

export const generalRoutes = [ping, sellerInfo];
