import type { GeneratedProduct } from "../../catalog-generator/generate";
import { imagePath } from "../../emulator-kit/images";
import type { OzonSeller } from "./state";

/** Generated products in the shapes of the Ozon answers (prices as strings where Ozon sends strings). */
const money = (value: number | null) => (value === null ? "" : value.toFixed(2));
const imageUrls = (p: GeneratedProduct, baseUrl: string) => p.images.map((spec) => `${baseUrl}${imagePath(spec)}`);
const present = (p: GeneratedProduct) => p.stocks.fbo + p.stocks.fbs;

export function listItem(p: GeneratedProduct) {
  return {
    product_id: p.productId,
    offer_id: p.offerId,
    sku: p.sku,
    archived: p.archived,
    has_fbo_stocks: p.stocks.fbo > 0,
    has_fbs_stocks: p.stocks.fbs > 0,
    is_discounted: false,
    quants: [],
  };
}

function statuses(p: GeneratedProduct) {
  return {
    status: p.archived ? "archived" : "price_sent",
    status_failed: "",
    moderate_status: "approved",
    validation_status: "success",
    status_name: p.archived ? "В архиве" : "Продается",
    status_description: "",
    is_created: true,
    status_tooltip: "",
    status_updated_at: p.createdAt,
  };
}

export function infoItem(p: GeneratedProduct, seller: OzonSeller, baseUrl: string) {
  const images = imageUrls(p, baseUrl);
  return {
    id: p.productId,
    name: p.name,
    offer_id: p.offerId,
    is_archived: p.archived,
    is_autoarchived: false,
    barcodes: p.barcodes,
    description_category_id: p.kind.ozon.descriptionCategoryId,
    type_id: p.kind.ozon.typeId,
    created_at: p.createdAt,
    updated_at: p.createdAt,
    images,
    primary_image: images.slice(0, 1),
    color_image: [],
    currency_code: "RUB",
    price: money(p.price),
    old_price: money(p.oldPrice),
    min_price: money(p.minPrice),
    vat: p.vat,
    sources: [{ sku: p.sku, source: "sds", created_at: p.createdAt, shipment_type: "SHIPMENT_TYPE_GENERAL", quant_code: "" }],
    model_info: { model_id: p.modelId, count: seller.catalogue.modelCounts.get(p.modelId) ?? 1 },
    commissions: [{ delivery_amount: 0, percent: 15, return_amount: 0, sale_schema: "FBO", value: Math.round(p.price * 15) / 100 }],
    is_prepayment_allowed: true,
    volume_weight: 0.5,
    has_discounted_fbo_item: false,
    is_discounted: false,
    discounted_fbo_stocks: 0,
    stocks: {
      has_stock: present(p) > 0,
      stocks: [
        { present: p.stocks.fbo, reserved: p.stocks.reserved, sku: p.sku, source: "fbo" },
        { present: p.stocks.fbs, reserved: 0, sku: p.sku, source: "fbs" },
      ],
    },
    errors: [],
    visibility_details: { has_price: true, has_stock: present(p) > 0 },
    price_indexes: {
      color_index: "COLOR_INDEX_WITHOUT_INDEX",
      external_index_data: { minimal_price: "", minimal_price_currency: "RUB", price_index_value: 0 },
      ozon_index_data: { minimal_price: "", minimal_price_currency: "RUB", price_index_value: 0 },
      self_marketplaces_index_data: { minimal_price: "", minimal_price_currency: "RUB", price_index_value: 0 },
    },
    statuses: statuses(p),
    is_kgt: false,
    is_super: false,
    is_seasonal: false,
    promotions: [],
    sku: p.sku,
    availabilities: [{ availability: "AVAILABLE", reasons: [], sku: p.sku, source: "sds" }],
  };
}

export function attributesItem(p: GeneratedProduct, seller: OzonSeller, baseUrl: string) {
  const images = imageUrls(p, baseUrl);
  return {
    id: p.productId,
    barcode: p.barcodes[0] ?? "",
    barcodes: p.barcodes,
    name: p.name,
    offer_id: p.offerId,
    type_id: p.kind.ozon.typeId,
    description_category_id: p.kind.ozon.descriptionCategoryId,
    height: p.dimensions.height,
    depth: p.dimensions.depth,
    width: p.dimensions.width,
    dimension_unit: p.dimensions.unit,
    weight: p.dimensions.weight,
    weight_unit: p.dimensions.weightUnit,
    primary_image: images[0] ?? "",
    images,
    color_image: "",
    pdf_list: [],
    model_info: { model_id: p.modelId, count: seller.catalogue.modelCounts.get(p.modelId) ?? 1 },
    attributes: [...p.ownAttributes, ...p.modelAttributes].sort((a, b) => a.id - b.id),
    complex_attributes: [],
    attributes_with_defaults: [],
    sku: p.sku,
  };
}

export function descriptionItem(p: GeneratedProduct) {
  return { id: p.productId, offer_id: p.offerId, name: p.name, description: p.descriptionHtml };
}

export function priceItem(p: GeneratedProduct) {
  const period = { current_period_from: p.createdAt, current_period_to: p.createdAt };
  return {
    product_id: p.productId,
    offer_id: p.offerId,
    acquiring: 0,
    volume_weight: 0.5,
    commissions: {
      fbo_deliv_to_customer_amount: 14.75, fbo_direct_flow_trans_max_amount: 46.5, fbo_direct_flow_trans_min_amount: 31, fbo_return_flow_amount: 50,
      fbs_deliv_to_customer_amount: 60, fbs_direct_flow_trans_max_amount: 61.5, fbs_direct_flow_trans_min_amount: 41, fbs_first_mile_max_amount: 25,
      fbs_first_mile_min_amount: 0, fbs_return_flow_amount: 40, sales_percent_fbo: 15, sales_percent_fbs: 16,
    },
    marketing_actions: { actions: [], ...period, ozon_actions_exist: false },
    price: {
      auto_action_enabled: false,
      auto_add_to_ozon_actions_list_enabled: false,
      currency_code: "RUB",
      marketing_price: p.price,
      marketing_seller_price: p.price,
      min_price: p.minPrice,
      net_price: 0,
      old_price: p.oldPrice ?? 0,
      price: p.price,
      retail_price: 0,
      vat: Number(p.vat),
    },
    price_indexes: {
      color_index: "WITHOUT_INDEX",
      external_index_data: { min_price: 0, min_price_currency: "RUB", price_index_value: 0 },
      ozon_index_data: { min_price: 0, min_price_currency: "RUB", price_index_value: 0 },
      self_marketplaces_index_data: { min_price: 0, min_price_currency: "RUB", price_index_value: 0 },
    },
  };
}

export function stockItem(p: GeneratedProduct) {
  const stock = (type: "fbo" | "fbs", count: number, reserved: number) => ({
    type, present: count, reserved, sku: p.sku, shipment_type: "SHIPMENT_TYPE_GENERAL", warehouse_ids: [],
  });
  return { product_id: p.productId, offer_id: p.offerId, stocks: [stock("fbo", p.stocks.fbo, p.stocks.reserved), stock("fbs", p.stocks.fbs, 0)] };
}
