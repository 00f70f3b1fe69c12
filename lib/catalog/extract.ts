import { createHash } from "node:crypto";
import type { OzonProductAttributes } from "@/lib/marketplaces/ozon/schemas/attributes";
import type { OzonProductPrice, OzonProductStock } from "@/lib/marketplaces/ozon/schemas/prices-stocks";
import type { OzonProductInfo, OzonProductListItem } from "@/lib/marketplaces/ozon/schemas/products";
import { categoryKey, type CategoryNames } from "./categories";
import { optionalMinorUnits, toMinorUnits } from "./money";
import { stockOf } from "./stocks";
import { toGrams, toMillimetres } from "./units";

/** Everything Ozon told us about one product in one import page. */
export interface FetchedProduct {
  listed: OzonProductListItem;
  info: OzonProductInfo;
  attributes: OzonProductAttributes | undefined;
  price: OzonProductPrice | undefined;
  stock: OzonProductStock | undefined;
  /** null when the description was not refetched (an incremental import, content unchanged). */
  description: string | null;
}

export const BRAND_ATTRIBUTE_ID = 85;

export function brandOf(attributes: OzonProductAttributes | undefined): string | null {
  const value = attributes?.attributes.find((a) => a.id === BRAND_ATTRIBUTE_ID)?.values[0]?.value.trim();
  return value ? value : null;
}

/**
 * Hash of the card's content (not its price or stock): an incremental import fetches the
 * description — one request per product — only when this changes. Ozon bumps info.updated_at
 * when the seller edits the card, description included, so it is part of the hash.
 */
export function contentHash(info: OzonProductInfo, attributes: OzonProductAttributes | undefined): string {
  const content = {
    name: info.name,
    offerId: info.offer_id,
    barcodes: info.barcodes,
    category: [info.description_category_id, info.type_id],
    images: info.images,
    updatedAt: info.updated_at ?? null,
    attributes: attributes
      ? [attributes.attributes, attributes.complex_attributes, attributes.depth, attributes.width, attributes.height, attributes.dimension_unit, attributes.weight, attributes.weight_unit, attributes.model_info]
      : null,
  };
  return createHash("sha1").update(JSON.stringify(content)).digest("hex");
}

/** The extracted columns of ozon_products for one product (ids of organisation, connection and import added by the store). */
export function extractProduct(product: FetchedProduct, categories: CategoryNames) {
  const { listed, info, attributes, price, stock } = product;
  const archived = listed.archived === true || info.is_archived === true;
  const category =
    info.description_category_id !== undefined && info.type_id !== undefined
      ? categories.get(categoryKey(info.description_category_id, info.type_id))
      : undefined;
  const money = price?.price;
  const modelInfo = info.model_info ?? attributes?.model_info;
  return {
    productId: info.id,
    offerId: info.offer_id,
    sku: info.sku ?? listed.sku ?? attributes?.sku ?? null,
    name: info.name,
    brand: brandOf(attributes),
    descriptionCategoryId: info.description_category_id ?? null,
    typeId: info.type_id ?? null,
    typeName: category?.typeName ?? null,
    categoryPath: category?.path ?? null,
    price: money?.price !== undefined ? toMinorUnits(money.price) : toMinorUnits(info.price),
    oldPrice: optionalMinorUnits(money?.old_price ?? info.old_price),
    minPrice: optionalMinorUnits(money?.min_price ?? info.min_price),
    currency: money?.currency_code ?? info.currency_code ?? null,
    vat: info.vat ?? (money?.vat !== undefined ? String(money.vat) : null),
    stockTotal: stockOf(stock, info),
    status: archived ? ("archived" as const) : ("active" as const),
    visibility: archived ? "ARCHIVED" : "ALL",
    ozonStatus: info.statuses?.status_name ?? info.statuses?.status ?? null,
    modelId: modelInfo?.model_id ?? null,
    modelCount: modelInfo?.count ?? null,
    images: info.images,
    primaryImage: info.primary_image[0] ?? attributes?.primary_image ?? info.images[0] ?? null,
    barcodes: info.barcodes,
    attributes: attributes?.attributes ?? [],
    complexAttributes: attributes?.complex_attributes ?? [],
    depth: attributes?.depth ?? null,
    width: attributes?.width ?? null,
    height: attributes?.height ?? null,
    dimensionUnit: attributes?.dimension_unit ?? null,
    weight: attributes?.weight ?? null,
    weightUnit: attributes?.weight_unit ?? null,
    depthMm: toMillimetres(attributes?.depth, attributes?.dimension_unit),
    widthMm: toMillimetres(attributes?.width, attributes?.dimension_unit),
    heightMm: toMillimetres(attributes?.height, attributes?.dimension_unit),
    weightG: toGrams(attributes?.weight, attributes?.weight_unit),
    descriptionHtml: product.description,
    contentHash: contentHash(info, attributes),
    raw: { listed, info, attributes: attributes ?? null, price: price ?? null, stock: stock ?? null },
    ozonUpdatedAt: info.updated_at ? new Date(info.updated_at) : null,
  };
}

export type ExtractedProduct = ReturnType<typeof extractProduct>;

/** The product's columns with the hash of everything but the description (which may not have been fetched). */
export function withRowHash(product: ExtractedProduct) {
  const { descriptionHtml: _description, raw: _raw, ...columns } = product;
  return { ...product, rowHash: createHash("sha1").update(JSON.stringify(columns)).digest("hex") };
}

export type HashedProduct = ReturnType<typeof withRowHash>;
