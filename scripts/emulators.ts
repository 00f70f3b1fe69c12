import { parseArgs } from "node:util";
import { startEmulators } from "../lib/marketplaces/emulators";

/**
 * Standalone sandbox: `npx tsx scripts/emulators.ts [--port 4010] [--seed 1] [--products 200] [--time-scale 1]`.
 * Prints the URLs and the first sandbox seller's credentials as env lines for the app.
 */
const { values } = parseArgs({
  options: {
    port: { type: "string", default: "0" },
    seed: { type: "string", default: "1" },
    products: { type: "string", default: "200" },
    "time-scale": { type: "string", default: "1" },
  },
});

const number = (name: string, raw: string | undefined): number => {
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0) throw new Error(`--${name} must be a non-negative number, got ${raw}`);
  return value;
};

const emulators = await startEmulators({
  port: number("port", values.port),
  seed: values.seed ?? "1",
  products: number("products", values.products),
  timeScale: number("time-scale", values["time-scale"]) || 1,
});

console.log(`OZON_API_URL=${emulators.ozon.url}`);
console.log(`WB_API_URL=${emulators.wb.url}`);
console.log(`OZON_CLIENT_ID=${emulators.seller.ozon.clientId}`);
console.log(`OZON_API_KEY=${emulators.seller.ozon.apiKey}`);
console.log(`WB_TOKEN=${emulators.seller.wb.token}`);
console.log(`# control API: POST ${emulators.ozon.url}/__emulator/sellers {"seed":"…","products":100} · GET /__emulator/counters`);

const shutdown = () => {
  void emulators.close().then(() => process.exit(0));
};
process.on("SIGINT", shutdown);
process.on("SIGTERM", shutdown);
