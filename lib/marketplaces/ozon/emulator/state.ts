import { generateCatalogue, type GeneratedCatalogue, type GeneratedProduct } from "../../catalog-generator/generate";
import { SellerConflictError, type GivenCredentials } from "../../emulator-kit/control";
import { createPrng } from "../../emulator-kit/prng";

/** In-memory Ozon sellers: credentials → catalogue, with the lookups the methods need. */
export interface OzonSeller {
  clientId: string;
  apiKey: string;
  seed: string | number;
  /** First product_id of this seller's range; given back on restore so ids survive a restart. */
  productIdBase: number;
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
  productIdBase: number;
}

const ID_RANGE = 1_000_000;
const FIRST_ID_BASE = 100_000_000;

export class OzonState {
  private readonly sellers = new Map<string, OzonSeller>();

  /** A new seller, or with `given` the seller an earlier run issued (idempotent for the same key). */
  createSeller(seed: string | number, products: number, given?: GivenCredentials["ozon"]): OzonSeller {
    if (given) {
      const existing = this.sellers.get(given.clientId);
      if (existing && existing.apiKey === given.apiKey) return existing;
      if (existing) throw new SellerConflictError(`Ozon Client-Id ${given.clientId} is registered with another Api-Key`);
    }
    const prng = createPrng(`ozon-seller:${seed}:${this.sellers.size}`);
    let clientId = given?.clientId ?? String(prng.int(100_000, 3_999_999));
    while (!given && this.sellers.has(clientId)) clientId = String(prng.int(100_000, 3_999_999));
    // Each seller gets its own id range so product ids never collide between sellers.
    const productIdBase = given?.productIdBase ?? this.nextIdBase();
    const catalogue = generateCatalogue({ seed, products, idBase: productIdBase });
    const list = [...catalogue.products].sort((a, b) => a.productId - b.productId);
    const apiKey = prng.uuid();
    const seller: OzonSeller = {
      clientId,
      apiKey: given?.apiKey ?? apiKey,
      seed,
      productIdBase,
      catalogue,
      products: list,
      byProductId: new Map(list.map((p) => [p.productId, p])),
      byOfferId: new Map(list.map((p) => [p.offerId, p])),
      bySku: new Map(list.map((p) => [p.sku, p])),
    };
    this.sellers.set(clientId, seller);
    return seller;
  }

  private nextIdBase(): number {
    const bases = this.list().map((s) => s.productIdBase);
    return bases.length === 0 ? FIRST_ID_BASE : Math.max(...bases) + ID_RANGE;
  }

  get(clientId: string): OzonSeller | undefined {
    return this.sellers.get(clientId);
  }

  list(): OzonSeller[] {
    return [...this.sellers.values()];
  }
}
