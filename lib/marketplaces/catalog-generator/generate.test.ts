import { describe, expect, it } from "vitest";
import { A } from "./ozon-attributes";
import { generateCatalogue } from "./generate";

describe("seeded catalogue generator", () => {
  it("is deterministic per seed", () => {
    const a = generateCatalogue({ seed: "s", products: 300 });
    const b = generateCatalogue({ seed: "s", products: 300 });
    const c = generateCatalogue({ seed: "t", products: 300 });
    const summary = (x: typeof a) => x.products.map((p) => [p.offerId, p.name, p.price, p.dimensions]);
    expect(summary(a)).toEqual(summary(b));
    expect(summary(a)).not.toEqual(summary(c));
  });

  it("generates 5,000 products in under a second, with unique ids and offer_ids", () => {
    const started = performance.now();
    const { products } = generateCatalogue({ seed: 1, products: 5000 });
    expect(performance.now() - started).toBeLessThan(1000);
    expect(products).toHaveLength(5000);
    expect(new Set(products.map((p) => p.offerId)).size).toBe(5000);
    expect(new Set(products.map((p) => p.productId)).size).toBe(5000);
    expect(products.every((p) => p.offerId.length <= 50)).toBe(true);
  });

  it("makes sizes and colours variants of one model sharing model_id and attribute 9048", () => {
    const { products, modelCounts } = generateCatalogue({ seed: 2, products: 2000 });
    const shirts = products.filter((p) => p.kind.key === "tshirt");
    const byModel = new Map<number, typeof shirts>();
    for (const shirt of shirts) byModel.set(shirt.modelId, [...(byModel.get(shirt.modelId) ?? []), shirt]);
    const [modelId, variants] = [...byModel].find(([, v]) => v.length > 3) ?? [];
    expect(variants).toBeDefined();
    const modelNames = new Set(variants?.map((p) => p.modelAttributes.find((a) => a.id === A.model.id)?.values[0]?.value));
    expect(modelNames.size).toBe(1);
    expect(new Set(variants?.map((p) => p.ownAttributes.find((a) => a.id === A.ruSize.id)?.values[0]?.value)).size).toBeGreaterThan(1);
    expect(modelCounts.get(modelId ?? 0)).toBe(variants?.length);
  });

  it("covers at least 15 kinds, mixed units and the deliberate problems", () => {
    const { products } = generateCatalogue({ seed: 3, products: 5000 });
    expect(new Set(products.map((p) => p.kind.key)).size).toBeGreaterThanOrEqual(15);
    expect(new Set(products.map((p) => p.dimensions.unit))).toEqual(new Set(["mm", "cm", "in"]));
    expect(new Set(products.map((p) => p.dimensions.weightUnit))).toEqual(new Set(["g", "kg", "lb"]));
    const problems = new Set(products.flatMap((p) => p.problems));
    for (const problem of ["missing-dimensions", "long-name", "emoji", "small-images"] as const) expect(problems).toContain(problem);
    expect(products.some((p) => p.name.length > 300)).toBe(true);
    expect(products.some((p) => p.images.some((i) => i.width < 700 || i.height < 900))).toBe(true);
    expect(products.every((p) => p.descriptionHtml.startsWith("<p>"))).toBe(true);
  });
});
