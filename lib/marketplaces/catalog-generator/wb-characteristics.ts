import { KINDS, type Family } from "./kinds";
import type { WbDirectory } from "./wb-directories";

/**
 * WB characteristics (`/content/v2/object/charcs/{subjectId}`) for the subjects the generator
 * pairs with Ozon types. Real ids seen in real WB cards (data/README.md): 14177449 Цвет,
 * 14177451 Страна производства, 15001405 Ставка НДС, 378533 Комплектация, 204557 Пол. The rest
 * are modelled, deliberately with other names, units and structures than Ozon's (cm vs m, one
 * "70x140" string vs two numbers, a number vs a "24 В" dictionary value), as a real mapping meets.
 */
export interface WbCharc {
  charcID: number;
  name: string;
  required: boolean;
  unitName: string;
  /** 0 = unlimited; only for charcType 1. */
  maxCount: number;
  charcType: 1 | 4;
  popular: boolean;
  hasFilter: boolean;
  isVariable: boolean;
  existNamedField: boolean;
  directory?: WbDirectory;
}

const s = (charcID: number, name: string, maxCount: number, extra: Partial<WbCharc> = {}): WbCharc => ({
  charcID, name, required: false, unitName: "", maxCount, charcType: 1, popular: false, hasFilter: false, isVariable: false, existNamedField: false, ...extra,
});
const n = (charcID: number, name: string, unitName: string, extra: Partial<WbCharc> = {}): WbCharc => ({
  charcID, name, required: false, unitName, maxCount: 0, charcType: 4, popular: false, hasFilter: true, isVariable: false, existNamedField: false, ...extra,
});

export const WB_CHARC = {
  colour: s(14177449, "Цвет", 5, { directory: "colors", popular: true, hasFilter: true, isVariable: true }),
  country: s(14177451, "Страна производства", 1, { directory: "countries" }),
  vat: s(15001405, "Ставка НДС", 1, { directory: "vat" }),
  set: s(378533, "Комплектация", 3),
  kind: s(204557, "Пол", 1, { directory: "kinds", required: true, hasFilter: true }),
  tnved: s(15000001, "ТНВЭД", 1, { directory: "tnved" }),
  netWeight: n(88952, "Вес товара без упаковки (г)", "г"),
  season: s(14177452, "Сезон", 1, { directory: "seasons", hasFilter: true }),
  composition: s(14177450, "Состав", 3, { required: true }),
  upper: s(88989, "Материал верха", 3, { required: true }),
  material: s(17596, "Материал изделия", 3),
  phoneModel: s(6601, "Модель телефона", 10, { required: true, hasFilter: true }),
  connector: s(5480, "Разъем", 2, { required: true }),
  cableLength: n(5520, "Длина кабеля", "см"),
  power: n(5477, "Мощность", "Вт"),
  connection: s(5042, "Тип подключения", 2, { required: true, hasFilter: true }),
  capacityMah: n(5022, "Емкость аккумулятора", "мАч", { required: true, isVariable: true }),
  capacityAh: n(5023, "Емкость (Ач)", "Ач", { required: true, isVariable: true }),
  voltage: n(5031, "Напряжение", "В", { required: true }),
  batteryType: s(5032, "Тип аккумулятора", 1),
  model: s(5011, "Модель", 1),
  volumeMl: n(25471, "Объем товара", "мл", { required: true }),
  skinType: s(11001, "Тип кожи", 3),
  lengthCm: n(90673, "Длина (см)", "см"),
  widthCm: n(90674, "Ширина (см)", "см"),
  diameter: n(15003, "Диаметр", "см", { required: true }),
  age: s(5002, "Возрастные ограничения", 1, { required: true }),
  pieces: n(5191, "Количество деталей", "шт"),
  toyHeight: n(5195, "Высота игрушки", "см"),
  thickness: n(6003, "Толщина коврика", "см", { required: true }),
  dumbbellWeight: n(6011, "Вес гантели", "кг", { required: true, isVariable: true }),
  backpackVolume: n(7010, "Объем рюкзака", "л"),
} as const satisfies Record<string, WbCharc>;

type CharcKey = keyof typeof WB_CHARC;

const COMMON: CharcKey[] = ["colour", "country", "vat", "set", "tnved", "netWeight"];
const BY_FAMILY: Record<Family, CharcKey[]> = {
  clothing: ["kind", "season", "composition"],
  shoes: ["kind", "season", "upper"],
  socks: ["kind", "composition"],
  electronics: [],
  battery: ["capacityAh", "voltage", "batteryType", "model"],
  cosmetics: ["skinType"],
  home: ["material"],
  textile: ["composition"],
  toys: ["age"],
  sport: ["material"],
  bags: ["material", "kind"],
};
const BY_KIND: Record<string, CharcKey[]> = {
  "phone-case": ["phoneModel", "material"],
  cable: ["cableLength", "connector"],
  charger: ["power", "connector"],
  headphones: ["connection"],
  powerbank: ["capacityMah", "connector"],
  "face-cream": ["volumeMl"],
  soap: ["composition"],
  shampoo: ["volumeMl"],
  towel: ["lengthCm", "widthCm"],
  mug: ["volumeMl"],
  "frying-pan": ["diameter"],
  bricks: ["pieces"],
  plush: ["toyHeight"],
  "yoga-mat": ["thickness"],
  dumbbells: ["dumbbellWeight"],
  backpack: ["backpackVolume"],
};

/** Characteristics of a WB subject, or null when the generator does not model that subject. */
export function wbCharacteristics(subjectId: number): WbCharc[] | null {
  const kind = KINDS.find((k) => k.wb.subjectId === subjectId);
  if (!kind) return null;
  const keys = [...COMMON, ...BY_FAMILY[kind.family], ...(BY_KIND[kind.key] ?? [])];
  return [...new Set(keys)].map((key) => WB_CHARC[key]);
}

/** Subjects whose generic characteristics are served when the generator does not model them. */
export const GENERIC_CHARACTERISTICS: readonly WbCharc[] = COMMON.map((key) => WB_CHARC[key]);

/** TN VED codes allowed for a subject (WB `/content/v2/directory/tnved`); marked goods for clothes and shoes. */
export function wbTnved(subjectId: number): Array<{ tnved: string; isKiz: boolean }> {
  const kind = KINDS.find((k) => k.wb.subjectId === subjectId);
  if (!kind) return [];
  const isKiz = kind.family === "clothing" || kind.family === "shoes";
  return kind.tnved.map(([code]) => ({ tnved: code, isKiz }));
}

/** Maximum description length per subject (WB allows 1000–5000 depending on the subject). */
export function wbDescriptionLimit(subjectId: number): number {
  const kind = KINDS.find((k) => k.wb.subjectId === subjectId);
  return kind?.family === "clothing" || kind?.family === "shoes" ? 5000 : 2000;
}
