import type { ImageSpec } from "../emulator-kit/images";
import { createPrng, type Prng } from "../emulator-kit/prng";
import { A, type AttributeKey } from "./ozon-attributes";
import { KINDS, makerSizeFor, type ExtraRule, type KindDef } from "./kinds";
import { NO_BRAND, OZON_BRANDS, OZON_COLOURS, OZON_COUNTRIES, type DictEntry } from "./ozon-dictionaries";
import { ean13, productDescription, productName } from "./product-text";

/**
 * Deterministic seeded catalogue of one Ozon seller: models with colour and size variants (one
 * offer_id per size, variants share model_info.model_id and attribute 9048), attributes with
 * dictionary values, HTML descriptions, photos, prices (strings) and stocks, dimensions in mixed
 * units, and a few deliberately problematic products (see `problems`).
 */
export interface AttributeValue {
  id: number;
  complex_id: number;
  values: readonly DictEntry[];
}

export type DimensionUnit = "mm" | "cm" | "in";
export type WeightUnit = "g" | "kg" | "lb";
export type Problem = "missing-dimensions" | "long-name" | "emoji" | "email" | "small-images" | "no-images" | "no-brand-attribute";

export interface GeneratedProduct {
  productId: number;
  sku: number;
  offerId: string;
  name: string;
  kind: KindDef;
  modelId: number;
  modelName: string;
  /** Attributes of the model, shared (same array) by all its variants. */
  modelAttributes: readonly AttributeValue[];
  /** Attributes of this variant: name, colour, size. */
  ownAttributes: readonly AttributeValue[];
  descriptionHtml: string;
  price: number;
  oldPrice: number | null;
  minPrice: number;
  vat: string;
  dimensions: { depth: number; width: number; height: number; unit: DimensionUnit; weight: number; weightUnit: WeightUnit };
  images: readonly ImageSpec[];
  barcodes: readonly string[];
  stocks: { fbo: number; fbs: number; reserved: number };
  archived: boolean;
  createdAt: string;
  problems: readonly Problem[];
}

export interface GenerateOptions {
  seed: string | number;
  products: number;
  /** First product_id; the emulator gives each seller its own range. */
  idBase?: number;
}

export interface GeneratedCatalogue {
  products: GeneratedProduct[];
  /** model_id → number of variants (model_info.count). */
  modelCounts: Map<number, number>;
}

const EPOCH = Date.UTC(2025, 0, 1);
const value = (text: string): DictEntry => ({ dictionary_value_id: 0, value: text });
const single = (attrKey: AttributeKey, values: readonly DictEntry[]): AttributeValue => ({ id: A[attrKey].id, complex_id: 0, values });
const COLOUR_HEX: Record<string, string> = { белый: "f4f4f4", черный: "1e1e1e", синий: "2748b8", красный: "c8262c", зеленый: "2f8a3b", бежевый: "dcc7a1", розовый: "f2a2c0" };

function pickDistinct<T>(prng: Prng, items: readonly T[], count: number): T[] {
  const pool = [...items];
  const out: T[] = [];
  while (out.length < count && pool.length > 0) out.push(pool.splice(prng.int(0, pool.length - 1), 1)[0] as T);
  return out;
}

function extraValues(prng: Prng, rule: ExtraRule): DictEntry[] {
  if ("range" in rule) {
    const [min, max, step] = rule.range;
    const n = min + step * prng.int(0, Math.round((max - min) / step));
    return [value(String(Math.round(n * 100) / 100))];
  }
  if ("text" in rule) return [value(prng.pick(rule.text))];
  const pool = A[rule.key].values ?? [];
  return pickDistinct(prng, rule.among ? pool.filter((entry) => rule.among?.includes(entry.value)) : pool, rule.dict);
}

/** Packed size and weight in the product's own units, plus the true weight in grams. */
function dimensions(prng: Prng, kind: KindDef, missing: boolean): [GeneratedProduct["dimensions"], number] {
  const jitter = (mm: number) => Math.max(5, Math.round(mm * (0.85 + prng.next() * 0.3)));
  const mm = kind.sizeMm.map(jitter) as [number, number, number];
  const grams = prng.int(kind.weightGrams[0], kind.weightGrams[1]);
  const unitRoll = prng.next();
  const unit: DimensionUnit = unitRoll < 0.55 ? "mm" : unitRoll < 0.9 ? "cm" : "in";
  const toUnit = (v: number) => (unit === "mm" ? v : Math.max(1, Math.round(unit === "cm" ? v / 10 : v / 25.4)));
  const weightRoll = prng.next();
  // Ozon weights are integers, so kg and lb only appear for goods heavy enough to round sensibly.
  const weightUnit: WeightUnit = grams >= 1000 && weightRoll < 0.5 ? "kg" : grams >= 900 && weightRoll < 0.6 ? "lb" : "g";
  const weight = weightUnit === "g" ? grams : Math.round(weightUnit === "kg" ? grams / 1000 : grams / 453.6);
  if (missing) return [{ depth: 0, width: 0, height: 0, unit, weight: prng.chance(0.5) ? 0 : weight, weightUnit }, grams];
  return [{ depth: toUnit(mm[0]), width: toUnit(mm[1]), height: toUnit(mm[2]), unit, weight, weightUnit }, grams];
}

function images(prng: Prng, offerId: string, colour: string, problems: Problem[]): ImageSpec[] {
  if (problems.includes("no-images")) return [];
  const top = COLOUR_HEX[colour] ?? prng.hex(6);
  const bottom = prng.hex(6);
  const small = problems.includes("small-images");
  const count = prng.int(2, 5);
  return Array.from({ length: count }, (_, i) => {
    const [width, height] = small && i === count - 1 ? [500, 600] : prng.pick([[900, 1200], [1200, 1600], [1000, 1000]] as const);
    return { width, height, top, bottom, name: `${offerId}-${i + 1}`.replace(/[^\w-]/g, "_") };
  });
}

function drawProblems(prng: Prng): Problem[] {
  const problems: Problem[] = [];
  const roll = (p: number, problem: Problem) => prng.chance(p) && problems.push(problem);
  roll(0.02, "missing-dimensions");
  roll(0.02, "long-name");
  roll(0.03, "emoji");
  roll(0.01, "email");
  roll(0.03, "small-images");
  roll(0.01, "no-images");
  roll(0.01, "no-brand-attribute");
  return problems;
}

export function generateCatalogue(options: GenerateOptions): GeneratedCatalogue {
  const prng = createPrng(`catalogue:${options.seed}`);
  const idBase = options.idBase ?? 100_000_000;
  const products: GeneratedProduct[] = [];
  const modelCounts = new Map<number, number>();
  let modelNo = 0;
  while (products.length < options.products) {
    modelNo += 1;
    const kind = prng.pick(KINDS);
    const brand = prng.chance(0.12) ? NO_BRAND : prng.pick(OZON_BRANDS.slice(1));
    const adjective = prng.pick(kind.adjectives);
    const modelCode = `${kind.key.slice(0, 3).toUpperCase()}${String(modelNo).padStart(5, "0")}`;
    const modelId = idBase * 10 + modelNo;
    const modelName = `${brand === NO_BRAND ? "NB" : brand.value.replace(/\s+/g, "")}-${modelCode}`;
    const country = prng.chance(0.7) ? (OZON_COUNTRIES[0] as DictEntry) : prng.pick(OZON_COUNTRIES);
    const extras = kind.extras.map((rule) => single(rule.key, extraValues(prng, rule)));
    const tnved = prng.pick(kind.tnved);
    const modelAttributes: AttributeValue[] = [
      single("brand", [brand]),
      single("model", [value(modelName)]),
      single("type", [{ dictionary_value_id: kind.ozon.typeId, value: kind.ozon.typeName }]),
      single("country", [country]),
      single("tnved", [{ dictionary_value_id: 970_000_000 + Number(tnved[0].slice(0, 6)), value: tnved[1] }]),
      single("hashtags", [value(`#${kind.noun.replace(/\s+/g, "").toLowerCase()} #${adjective.replace(/[^\p{L}\d]/gu, "")}`)]),
      ...extras,
    ];
    const basePrice = Math.round(prng.int(kind.price[0], kind.price[1]) / 10) * 10 - 10;
    const colours = pickDistinct(prng, OZON_COLOURS, prng.int(kind.colours[0], kind.colours[1]));
    const sizes: Array<DictEntry | null> = kind.sizes ? kind.sizes.slice(prng.int(0, 2), kind.sizes.length - prng.int(0, 2)) : [null];
    for (const colour of colours) {
      for (const size of sizes) {
        if (products.length >= options.products) break;
        const index = products.length;
        const problems = drawProblems(prng);
        const offerId = `${modelCode}-${colour.dictionary_value_id}${size ? `-${size.value}` : ""}`;
        const name = productName({ kind, brand: brand.value, adjective, model: modelCode, colour: colour.value, size: size?.value ?? null }, problems.includes("long-name"));
        const [dims, grams] = dimensions(prng, kind, problems.includes("missing-dimensions"));
        const details: Array<[string, string]> = [["Цвет", colour.value], ["Страна-изготовитель", country.value], ...extras.map((e): [string, string] => [attributeName(e.id), e.values.map((v) => v.value).join(", ")])];
        const descriptionHtml = productDescription({ kind, brand: brand.value, adjective, model: modelCode, colour: colour.value, size: size?.value ?? null, prng, details, withEmoji: problems.includes("emoji"), withEmail: problems.includes("email") });
        const price = basePrice + (size && Number(size.value) >= 52 ? 200 : 0); // big sizes cost a little more
        const ownAttributes: AttributeValue[] = [
          single("name", [value(name)]),
          single("annotation", [value(descriptionHtml)]),
          single("colour", [colour]),
          single("colourName", [value(colour.value)]),
          ...(size ? [single("ruSize", [size]), single("makerSize", [value(makerSizeFor(size.value))])] : []),
          single("weight", [value(String(Math.round(grams * 0.9)))]),
          single("weightPacked", [value(String(grams))]),
        ];
        products.push({
          productId: idBase + index,
          sku: idBase * 3 + index,
          offerId,
          name,
          kind,
          modelId,
          modelName,
          modelAttributes: problems.includes("no-brand-attribute") ? modelAttributes.filter((a) => a.id !== A.brand.id) : modelAttributes,
          ownAttributes,
          descriptionHtml,
          price,
          oldPrice: prng.chance(0.7) ? Math.round(price * (1.2 + prng.next() * 0.5)) : null,
          minPrice: Math.round(price * 0.9),
          vat: prng.pick(["0.22", "0.22", "0.10", "0.00", "0.20"]),
          dimensions: dims,
          images: images(prng, offerId, colour.value, problems),
          barcodes: prng.chance(0.75) ? [ean13(`460${String(idBase + index).padStart(9, "0").slice(-9)}`)] : [],
          stocks: prng.chance(0.1) ? { fbo: 0, fbs: 0, reserved: 0 } : { fbo: prng.int(0, 200), fbs: prng.int(0, 100), reserved: prng.int(0, 5) },
          archived: prng.chance(0.03),
          createdAt: new Date(EPOCH + prng.int(0, 600) * 86_400_000 + prng.int(0, 86_399) * 1000).toISOString(),
          problems,
        });
        modelCounts.set(modelId, (modelCounts.get(modelId) ?? 0) + 1);
      }
    }
  }
  return { products, modelCounts };
}

const NAMES = new Map(Object.values(A).map((a) => [a.id, a.name]));
function attributeName(id: number): string {
  return NAMES.get(id) ?? String(id);
}
