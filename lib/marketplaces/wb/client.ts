import { MarketplaceAuthError } from "../errors";
import { walkPages } from "../paging";
import { createWbApi, type WbApiOptions } from "./api";
import type { WbCard, WbCardErrorBatch, WbCardsFilter } from "./schemas/cards";
import type { WbSubject } from "./schemas/content";
import type { WbSellerInfo } from "./schemas/prices-stocks";
import { tokenInfo, type WbTokenInfo } from "./token-info";

/**
 * The Wildberries client: the raw methods (`api`) plus helpers that walk cursor-paged lists (one
 * page per iteration) and the token check used when a seller adds a connection.
 */
export type WbClientOptions = WbApiOptions;
export type WbClient = ReturnType<typeof createWbClient>;

/** The hosts CardPort needs; a token without a host's category is refused there. */
const CHECKED_HOSTS = ["content", "prices", "marketplace"] as const;
type CheckedHost = (typeof CHECKED_HOSTS)[number];

export interface WbTokenCheck {
  seller: WbSellerInfo;
  /** Which API categories the token opens (from /ping on each host). */
  access: Record<CheckedHost, boolean>;
  /** Expiry and categories from the token itself, when it is a readable JWT. */
  token: WbTokenInfo | null;
}

const CARDS_PAGE = 100;
const SUBJECTS_PAGE = 1000;
const ERRORS_PAGE = 100;
const wbCall = (method: string, path: string) => ({ marketplace: "wb" as const, method, path });

export function createWbClient(options: WbClientOptions) {
  const api = createWbApi(options);

  async function* subjectsAll(query: { name?: string; parentID?: number } = {}): AsyncGenerator<WbSubject[]> {
    yield* walkPages(wbCall("GET", "/content/v2/object/all"), 0, async (offset) => {
      const { data } = await api.subjects({ ...query, limit: SUBJECTS_PAGE, offset });
      return { items: data, next: data.length < SUBJECTS_PAGE ? null : offset + SUBJECTS_PAGE };
    });
  }

  /** Every card of the seller, by the {updatedAt, nmID} cursor; the last page is shorter than the limit. */
  async function* cardsAll(filter: WbCardsFilter = { withPhoto: -1 }): AsyncGenerator<WbCard[]> {
    type Cursor = { updatedAt?: string; nmID?: number };
    yield* walkPages<Cursor, WbCard>(wbCall("POST", "/content/v2/get/cards/list"), {}, async (cursor) => {
      const page = await api.cardsList({ settings: { filter, cursor: { limit: CARDS_PAGE, ...cursor } } });
      const done = page.cards.length === 0 || page.cursor.total < CARDS_PAGE;
      return { items: page.cards, next: done ? null : { updatedAt: page.cursor.updatedAt, nmID: page.cursor.nmID } };
    });
  }

  /** Every batch of cards WB failed to create, oldest first. */
  async function* cardErrorsAll(): AsyncGenerator<WbCardErrorBatch[]> {
    type Cursor = { updatedAt?: string; batchUUID?: string };
    yield* walkPages<Cursor, WbCardErrorBatch>(wbCall("POST", "/content/v2/cards/error/list"), {}, async (cursor) => {
      const { data } = await api.cardsErrorList({ cursor: { limit: ERRORS_PAGE, ...cursor }, order: { ascending: true } });
      const next = data.cursor.next ? { updatedAt: data.cursor.updatedAt, batchUUID: data.cursor.batchUUID } : null;
      return { items: data.items, next };
    });
  }

  return {
    api,
    subjectsAll,
    cardsAll,
    cardErrorsAll,

    /**
     * Checks a token for a new connection: /ping on each host CardPort uses (which also tells the
     * token's categories) and the seller's name. Rejects with MarketplaceAuthError (Russian
     * `userMessage`) when no host accepts the token.
     */
    async checkToken(signal?: AbortSignal): Promise<WbTokenCheck> {
      const pings = await Promise.allSettled(CHECKED_HOSTS.map((host) => api.ping(host, signal)));
      const access = {} as Record<CheckedHost, boolean>;
      let refusal: MarketplaceAuthError | undefined;
      pings.forEach((ping, i) => {
        const host = CHECKED_HOSTS[i]!;
        if (ping.status === "fulfilled") access[host] = true;
        else if (ping.reason instanceof MarketplaceAuthError) {
          access[host] = false;
          refusal ??= ping.reason;
        } else throw ping.reason;
      });
      if (refusal && !Object.values(access).some(Boolean)) throw refusal;
      const seller = await api.sellerInfo(signal);
      return { seller, access, token: tokenInfo(options.token) };
    },
  };
}
