import { startEmulators } from "../emulators";

/** Both emulators in this process for integration tests, and sellers created in them. */
export async function startSandbox() {
  const emulators = await startEmulators({ products: 0 });
  return {
    ozonUrl: emulators.ozon.url,
    wbUrl: emulators.wb.url,
    createSeller: async (products: number, seed: string) => emulators.createSellerPair({ seed, products }),
    setFaults: async (target: "ozon" | "wb", faults: { burst429?: number; errorRate?: number }) => emulators.setFaults(target, faults),
    counters: async () => emulators.counters(),
    resetCounters: async () => emulators.resetCounters(),
    close: () => emulators.close(),
  };
}
