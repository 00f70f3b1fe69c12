import { generateCatalogue, type GeneratedCatalogue, type GeneratedProduct } from "../../catalog-generator/generate";
import { createPrng } from "../../emulator-kit/prng";

/** In-memory Ozon sellers: credentials → catalogue, with the lookups the methods need. */
export interface OzonSeller {
  clientId: string;
  apiKey: string;
  seed: string | number;
  catalogue: GeneratedCatalogue;
  /** Products sorted by product_id (the paging order). */
  products: GeneratedProduct[];
  byProductId: Map<number, GeneratedProduct>;
  byOfferId: Map<string, GeneratedProduct>;
  bySku: Map<number, GeneratedProduct>;
}

export interface OzonCredentials {
  clientId: string;
  apiKey: string;
}

export class OzonState {
  private readonly sellers = new Map<string, OzonSeller>();

  createSeller(seed: string | number, products: number): OzonSeller {
    const index = this.sellers.size;
    const prng = createPrng(`ozon-seller:${seed}:${index}`);
    let clientId = String(prng.int(100_000, 3_999_999));
    while (this.sellers.has(clientId)) clientId = String(prng.int(100_000, 3_999_999));
    // Each seller gets its own id range so product ids never collide between sellers.
    const catalogue = generateCatalogue({ seed, products, idBase: 100_000_000 + index * 1_000_000 });
    const list = [...catalogue.products].sort((a, b) => a.productId - b.productId);
    const seller: OzonSeller = {
      clientId,
      apiKey: prng.uuid(),
      seed,
      catalogue,
      products: list,
      byProductId: new Map(list.map((p) => [p.productId, p])),
      byOfferId: new Map(list.map((p) => [p.offerId, p])),
      bySku: new Map(list.map((p) => [p.sku, p])),
    };
    this.sellers.set(clientId, seller);
    return seller;
  }

  get(clientId: string): OzonSeller | undefined {
    return this.sellers.get(clientId);
  }

  list(): OzonSeller[] {
    return [...this.sellers.values()];
  }
}
