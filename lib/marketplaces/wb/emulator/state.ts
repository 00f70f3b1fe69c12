import { SellerConflictError } from "../../emulator-kit/control";
import { createPrng, type Prng } from "../../emulator-kit/prng";
import type { WbCard, WbErrorBatch, WbPriceTask, WbQuarantineItem, WbWarehouse } from "./model";
import { decodeToken, scopeMask, signToken, type Scope, type TokenPayload } from "./tokens";

/** In-memory WB sellers and the id counters WB keeps globally (nmID, imtID, chrtID, barcodes, tasks). */
export interface WbSeller {
  oid: number;
  sid: string;
  name: string;
  tin: string;
  tradeMark: string;
  cards: Map<number, WbCard>;
  /** vendorCode → nmID of created cards, and vendorCodes still queued (value 0). */
  vendorCodes: Map<string, number>;
  errorBatches: WbErrorBatch[];
  prices: Map<number, { price: number; discount: number }>;
  priceTasks: Map<number, WbPriceTask>;
  quarantine: Map<number, WbQuarantineItem>;
  warehouses: WbWarehouse[];
  stocks: Map<number, Map<number, number>>;
}

export interface WbTokenOptions {
  scopes?: Scope[];
  readOnly?: boolean;
  /** Expiry as a Date; default 180 days from now. */
  expiresAt?: Date;
}

const ALL_SCOPES: Scope[] = ["content", "prices", "marketplace", "analytics", "statistics", "promotion", "feedbacks"];
const TOKEN_SECRET = "cardport-wb-sandbox";

export class WbState {
  private readonly sellers = new Map<number, WbSeller>();
  private readonly tokens = new Map<string, { seller: WbSeller; payload: TokenPayload }>();
  private counters = { nm: 0, imt: 0, chrt: 0, barcode: 0, task: 0, warehouse: 0 };
  private readonly usedSkus = new Set<string>();

  constructor(seed: string | number = 1) {
    // Start the global counters at seed-dependent, realistic magnitudes.
    const prng = createPrng(`wb-counters:${seed}`);
    this.counters = {
      nm: prng.int(300_000_000, 400_000_000),
      imt: prng.int(200_000_000, 280_000_000),
      chrt: prng.int(400_000_000, 500_000_000),
      barcode: prng.int(1_000_000, 9_000_000),
      task: prng.int(100_000_000, 400_000_000),
      warehouse: prng.int(1_000_000, 1_500_000),
    };
  }

  createSeller(seed: string | number, tokenOptions: WbTokenOptions = {}): { seller: WbSeller; token: string } {
    const prng = createPrng(`wb-seller:${seed}:${this.sellers.size}`);
    let oid = prng.int(100_000, 4_999_999);
    while (this.sellers.has(oid)) oid = prng.int(100_000, 4_999_999);
    const seller = this.addSeller(prng, oid);
    return { seller, token: this.issueToken(seller, tokenOptions, prng.uuid()) };
  }

  /**
   * Registers again a token this emulator family issued before (state is in memory): the seller
   * keeps its id; cards, prices and stocks start empty. Idempotent for a token already known.
   */
  restoreSeller(seed: string | number, token: string): { seller: WbSeller; token: string } {
    const known = this.tokens.get(token);
    if (known) return { seller: known.seller, token };
    const decoded = decodeToken(token);
    if ("problem" in decoded || signToken(decoded.payload, TOKEN_SECRET) !== token) {
      throw new SellerConflictError("the WB token was not issued by a CardPort emulator");
    }
    const { oid, sid } = decoded.payload;
    const seller = this.sellers.get(oid) ?? this.addSeller(createPrng(`wb-seller:${seed}:${oid}`), oid, sid);
    this.tokens.set(token, { seller, payload: decoded.payload });
    return { seller, token };
  }

  /** `sid` is drawn after the trade mark when not given, keeping a seed's sellers as before. */
  private addSeller(prng: Prng, oid: number, sid?: string): WbSeller {
    const tradeMark = prng.pick(["Северный Стиль", "Дом и Уют", "ТехноМир", "Sandbox Store", "Лавка у Дома"]);
    const seller: WbSeller = {
      oid,
      sid: sid ?? prng.uuid(),
      name: `ИП ${prng.pick(["Иванов", "Смирнова", "Кузнецов", "Попова", "Соколов"])} ${prng.pick(["А.", "Е.", "М."])} ${prng.pick(["В.", "С.", "Н."])}`,
      tin: String(prng.int(100_000_000_000, 999_999_999_999)),
      tradeMark,
      cards: new Map(),
      vendorCodes: new Map(),
      errorBatches: [],
      prices: new Map(),
      priceTasks: new Map(),
      quarantine: new Map(),
      warehouses: ["Склад Подольск", "Склад Казань"].map((name, i) => ({
        name: `${name} (${tradeMark})`,
        officeId: [15, 302][i] as number,
        id: this.next("warehouse"),
        cargoType: 1,
        deliveryType: 1,
        isDeleting: false,
        isProcessing: false,
      })),
      stocks: new Map(),
    };
    this.sellers.set(oid, seller);
    return seller;
  }

  /** Another token for an existing seller (e.g. without the content scope, or already expired). */
  issueToken(seller: WbSeller, options: WbTokenOptions = {}, id = createPrng(`${seller.oid}:${this.tokens.size}`).uuid()): string {
    const expiresAt = options.expiresAt ?? new Date(Date.now() + 180 * 86_400_000);
    const payload: TokenPayload = {
      acc: 1,
      ent: 1,
      exp: Math.floor(expiresAt.getTime() / 1000),
      for: "self",
      id,
      iid: seller.oid * 10 + 1,
      oid: seller.oid,
      s: scopeMask(options.scopes ?? ALL_SCOPES, options.readOnly),
      sid: seller.sid,
      t: true,
      uid: seller.oid * 10 + 1,
    };
    const token = signToken(payload, TOKEN_SECRET);
    this.tokens.set(token, { seller, payload });
    return token;
  }

  byToken(token: string): { seller: WbSeller; payload: TokenPayload } | undefined {
    return this.tokens.get(token);
  }

  seller(oid: number): WbSeller | undefined {
    return this.sellers.get(oid);
  }

  list(): WbSeller[] {
    return [...this.sellers.values()];
  }

  next(counter: keyof WbState["counters"]): number {
    this.counters[counter] += 1;
    return this.counters[counter];
  }

  /** Claims barcodes for a card; returns the ones already used by another card. */
  claimSkus(skus: readonly string[]): string[] {
    const taken = skus.filter((sku) => this.usedSkus.has(sku));
    if (taken.length === 0) for (const sku of skus) this.usedSkus.add(sku);
    return taken;
  }

  isSkuUsed(sku: string): boolean {
    return this.usedSkus.has(sku);
  }
}
