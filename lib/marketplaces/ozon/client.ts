import { chunk, walkPages } from "../paging";
import { createOzonApi, type OzonApiOptions } from "./api";
import type { OzonProductAttributes } from "./schemas/attributes";
import type { OzonAttributeDictionaryValue, OzonCategoryAttribute, OzonCategoryNode } from "./schemas/categories";
import type { OzonProductFilter } from "./schemas/common";
import type { OzonProductPrice, OzonProductStock } from "./schemas/prices-stocks";
import type { OzonProductDescription, OzonProductInfo, OzonProductListItem } from "./schemas/products";

/**
 * The Ozon client: the raw methods (`api`) plus helpers that walk whole catalogues. Each helper
 * is an async generator yielding one page (array) at a time, so importers can write in batches.
 */
export type OzonClientOptions = OzonApiOptions;
export type OzonClient = ReturnType<typeof createOzonClient>;

const PAGE = 1000; // the maximum of every paged product method
const VALUES_PAGE = 2000; // the maximum of attribute/values

const ozonCall = (path: string) => ({ marketplace: "ozon" as const, method: "POST", path });

/** Next cursor, or null when the page was the last (empty page, no cursor, or `total` reached). */
function nextCursor(items: number, cursor: string, seen: number, total: number | undefined): string | null {
  if (items === 0 || cursor === "") return null;
  if (total !== undefined && seen >= total) return null;
  return cursor;
}

export function createOzonClient(options: OzonClientOptions) {
  const api = createOzonApi(options);

  /** Ozon's visibility "ALL" leaves archived products out; walk "ARCHIVED" too for everything. */
  async function* listAllProducts(filter: OzonProductFilter = { visibility: "ALL" }): AsyncGenerator<OzonProductListItem[]> {
    let seen = 0;
    yield* walkPages(ozonCall("/v3/product/list"), "", async (lastId) => {
      const { result } = await api.productList({ filter, last_id: lastId, limit: PAGE });
      seen += result.items.length;
      return { items: result.items, next: nextCursor(result.items.length, result.last_id, seen, result.total_items ?? result.total) };
    });
  }

  /** Details of the given products, ≤1000 ids a request. */
  async function* productInfo(productIds: readonly number[]): AsyncGenerator<OzonProductInfo[]> {
    for (const ids of chunk(productIds, PAGE)) {
      const { items } = await api.productInfoList({ product_id: ids.map(String) });
      if (items.length > 0) yield items;
    }
  }

  async function* attributesAll(filter: OzonProductFilter = { visibility: "ALL" }): AsyncGenerator<OzonProductAttributes[]> {
    let seen = 0;
    yield* walkPages(ozonCall("/v4/product/info/attributes"), "", async (lastId) => {
      const page = await api.productAttributes({ filter, last_id: lastId, limit: PAGE });
      seen += page.result.length;
      return { items: page.result, next: nextCursor(page.result.length, page.last_id, seen, page.total_items ?? page.total) };
    });
  }

  async function* pricesAll(filter: OzonProductFilter = { visibility: "ALL" }): AsyncGenerator<OzonProductPrice[]> {
    let seen = 0;
    yield* walkPages(ozonCall("/v5/product/info/prices"), "", async (cursor) => {
      const page = await api.productPrices({ filter, cursor, limit: PAGE });
      seen += page.items.length;
      return { items: page.items, next: nextCursor(page.items.length, page.cursor, seen, page.total_items ?? page.total) };
    });
  }

  async function* stocksAll(filter: OzonProductFilter = { visibility: "ALL" }): AsyncGenerator<OzonProductStock[]> {
    let seen = 0;
    yield* walkPages(ozonCall("/v4/product/info/stocks"), "", async (cursor) => {
      const page = await api.productStocks({ filter, cursor, limit: PAGE });
      seen += page.items.length;
      return { items: page.items, next: nextCursor(page.items.length, page.cursor, seen, page.total_items ?? page.total) };
    });
  }

  async function* attributeValuesAll(
    descriptionCategoryId: number,
    typeId: number,
    attributeId: number,
  ): AsyncGenerator<OzonAttributeDictionaryValue[]> {
    yield* walkPages(ozonCall("/v1/description-category/attribute/values"), 0, async (lastValueId) => {
      const page = await api.attributeValues({
        description_category_id: descriptionCategoryId,
        type_id: typeId,
        attribute_id: attributeId,
        last_value_id: lastValueId,
        limit: VALUES_PAGE,
      });
      const last = page.result.at(-1);
      return { items: page.result, next: page.has_next && last ? last.id : null };
    });
  }

  return {
    api,
    listAllProducts,
    productInfo,
    attributesAll,
    pricesAll,
    stocksAll,
    attributeValuesAll,

    async categoryTree(): Promise<OzonCategoryNode[]> {
      return (await api.categoryTree({ language: "DEFAULT" })).result;
    },

    async categoryAttributes(descriptionCategoryId: number, typeId: number): Promise<OzonCategoryAttribute[]> {
      const page = await api.categoryAttributes({ description_category_id: descriptionCategoryId, type_id: typeId, language: "DEFAULT" });
      return page.result;
    },

    async description(productId: number): Promise<OzonProductDescription> {
      return (await api.productDescription({ product_id: productId })).result;
    },

    /**
     * Checks a new connection with one cheap read. Resolves with the catalogue size when Ozon
     * reports it; rejects with a typed MarketplaceError whose `userMessage` tells the seller what to fix.
     */
    async checkCredentials(): Promise<{ totalProducts: number | null }> {
      const { result } = await api.productList({ filter: { visibility: "ALL" }, last_id: "", limit: 1 });
      return { totalProducts: result.total_items ?? result.total ?? null };
    },
  };
}
