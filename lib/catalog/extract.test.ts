import { describe, expect, it } from "vitest";
import { productAttributesSchema } from "@/lib/marketplaces/ozon/schemas/attributes";
import { productInfoSchema } from "@/lib/marketplaces/ozon/schemas/products";
import { indexCategoryTree } from "./categories";
import { brandOf, contentHash, extractProduct } from "./extract";
import { optionalMinorUnits, toMinorUnits } from "./money";
import { availableStock } from "./stocks";
import { toGrams, toMillimetres } from "./units";

describe("money to minor units", () => {
  it("parses Ozon's decimal text without floating-point drift", () => {
    expect(toMinorUnits("37.00")).toBe(3700);
    expect(toMinorUnits("1299.9")).toBe(129990);
    expect(toMinorUnits("0.29")).toBe(29);
    expect(toMinorUnits("10.005")).toBe(1001);
    expect(toMinorUnits("4")).toBe(400);
    expect(toMinorUnits(19.99)).toBe(1999);
    expect(toMinorUnits("")).toBeNull();
    expect(toMinorUnits("abc")).toBeNull();
    expect(optionalMinorUnits("0")).toBeNull();
    expect(optionalMinorUnits("")).toBeNull();
    expect(optionalMinorUnits("150.50")).toBe(15050);
  });
});

describe("units", () => {
  it("normalises sizes to mm and weights to g; missing or zero is null", () => {
    expect(toMillimetres(12.5, "cm")).toBe(125);
    expect(toMillimetres(2, "in")).toBe(51);
    expect(toMillimetres(300, "mm")).toBe(300);
    expect(toMillimetres(0, "mm")).toBeNull();
    expect(toMillimetres(5, undefined)).toBeNull();
    expect(toGrams(1.25, "kg")).toBe(1250);
    expect(toGrams(1, "lb")).toBe(454);
    expect(toGrams(undefined, "g")).toBeNull();
  });
});

describe("stocks", () => {
  it("sums what can be sold over warehouse types", () => {
    expect(availableStock([{ present: 10, reserved: 3 }, { present: 5, reserved: 0 }, { present: 1, reserved: 4 }])).toBe(12);
    expect(availableStock([])).toBe(0);
  });
});

describe("extractProduct", () => {
  const info = productInfoSchema.parse({
    id: 101, offer_id: "A-1", name: "Кроссовки", barcodes: ["460"], description_category_id: 17, type_id: 93,
    images: ["https://img/1.jpg", "https://img/2.jpg"], primary_image: [], currency_code: "RUB", price: "1990.00", old_price: "", min_price: "1500",
    vat: "0.2", is_archived: false, model_info: { model_id: 9, count: 2 }, sku: 555, stocks: { stocks: [{ present: 4, reserved: 1 }] },
    updated_at: "2026-01-02T03:04:05Z",
  });
  const attributes = productAttributesSchema.parse({
    id: 101, offer_id: "A-1", attributes: [{ id: 85, values: [{ value: "Nordic" }] }], depth: 30, width: 20, height: 10, dimension_unit: "cm", weight: 0.8, weight_unit: "kg",
  });
  const tree = indexCategoryTree([{ description_category_id: 17, category_name: "Обувь", disabled: false, children: [{ type_id: 93, type_name: "Кроссовки", disabled: false, children: [] }] }]);

  it("extracts the columns from the payloads", () => {
    const row = extractProduct({ listed: { product_id: 101, offer_id: "A-1", archived: false }, info, attributes, price: undefined, stock: undefined, description: "<p>x</p>" }, tree);
    expect(row).toMatchObject({
      productId: 101, offerId: "A-1", sku: 555, brand: "Nordic", typeName: "Кроссовки", categoryPath: "Обувь › Кроссовки",
      price: 199000, oldPrice: null, minPrice: 150000, stockTotal: 3, status: "active", modelId: 9, modelCount: 2,
      primaryImage: "https://img/1.jpg", depthMm: 300, widthMm: 200, heightMm: 100, weightG: 800, descriptionHtml: "<p>x</p>",
    });
  });

  it("prefers /v5 prices and /v4 stocks, marks archived listings", () => {
    const row = extractProduct(
      {
        listed: { product_id: 101, offer_id: "A-1", archived: true }, info, attributes,
        price: { product_id: 101, offer_id: "A-1", price: { price: 2100, old_price: 2500, currency_code: "RUB" } },
        stock: { product_id: 101, offer_id: "A-1", stocks: [{ present: 7, reserved: 2 }, { present: 1, reserved: 0 }] },
        description: null,
      },
      tree,
    );
    expect(row).toMatchObject({ price: 210000, oldPrice: 250000, stockTotal: 6, status: "archived", visibility: "ARCHIVED", descriptionHtml: null });
  });

  it("hashes the content, not the price", () => {
    expect(contentHash({ ...info, price: "1.00" }, attributes)).toBe(contentHash(info, attributes));
    expect(contentHash({ ...info, name: "Другое" }, attributes)).not.toBe(contentHash(info, attributes));
    expect(brandOf(undefined)).toBeNull();
  });
});
