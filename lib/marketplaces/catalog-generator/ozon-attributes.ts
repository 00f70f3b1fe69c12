import {
  OZON_AGES, OZON_BATTERY_CHEMISTRY, OZON_BRANDS, OZON_COLOURS, OZON_CONNECTIONS, OZON_COUNTRIES, OZON_GENDERS,
  OZON_HAZARD_CLASSES, OZON_MATERIALS, OZON_RU_SIZES, OZON_SEASONS, OZON_SHOE_SIZES, OZON_SKIN_TYPES, OZON_SOCK_SIZES,
  OZON_VOLTAGES, type DictEntry,
} from "./ozon-dictionaries";

/**
 * Ozon category attributes (`/v1/description-category/attribute`) for the generated types. The
 * shape and the common ids follow the real answer for 86539914/91884 (data/ozon-attributes-…json)
 * and the real products sample: 85 Бренд, 4180 Название, 4191 Аннотация, 9048 Название модели,
 * 8229 Тип, 10096 Цвет товара, 4389 Страна-изготовитель, 4383/4497 weights, 22232 ТН ВЭД,
 * 6031/10060/5111/9782 of the battery type. Kind-specific ids that no public source shows are modelled.
 */
export type OzonValueType = "String" | "Decimal" | "Integer" | "Boolean";

export interface OzonAttributeDef {
  id: number;
  name: string;
  type: OzonValueType;
  dictionaryId: number;
  isCollection: boolean;
  isRequired: boolean;
  isAspect: boolean;
  groupName: string;
  groupId: number;
  categoryDependent: boolean;
  /** Dictionary values, when the attribute is dictionary-backed and not category-dependent. */
  values?: readonly DictEntry[];
}

const attr = (id: number, name: string, options: Partial<OzonAttributeDef> = {}): OzonAttributeDef => ({
  id,
  name,
  type: "String",
  dictionaryId: options.values ? 1_000_000 + id : 0,
  isCollection: false,
  isRequired: false,
  isAspect: false,
  groupName: "",
  groupId: 0,
  categoryDependent: false,
  ...options,
});

export const A = {
  brand: attr(85, "Бренд", { dictionaryId: 28732849, isRequired: true, categoryDependent: true, values: OZON_BRANDS }),
  name: attr(4180, "Название"),
  annotation: attr(4191, "Аннотация"),
  model: attr(9048, "Название модели (для объединения в одну карточку)", { isRequired: true }),
  type: attr(8229, "Тип", { dictionaryId: 1960, isRequired: true, categoryDependent: true }),
  colour: attr(10096, "Цвет товара", { dictionaryId: 1494, isCollection: true, isAspect: true, values: OZON_COLOURS }),
  colourName: attr(10097, "Название цвета"),
  country: attr(4389, "Страна-изготовитель", { dictionaryId: 1935, isCollection: true, values: OZON_COUNTRIES }),
  weight: attr(4383, "Вес товара, г", { type: "Decimal" }),
  weightPacked: attr(4497, "Вес с упаковкой, г", { type: "Decimal" }),
  tnved: attr(22232, "ТН ВЭД коды ЕАЭС", { dictionaryId: 124412395, categoryDependent: true }),
  hashtags: attr(23171, "#Хештеги"),
  set: attr(4384, "Комплектация"),
  ruSize: attr(4295, "Российский размер", { isRequired: true, isAspect: true, values: [...OZON_RU_SIZES, ...OZON_SHOE_SIZES, ...OZON_SOCK_SIZES] }),
  makerSize: attr(4298, "Размер производителя"),
  gender: attr(9163, "Пол", { isRequired: true, isCollection: true, values: OZON_GENDERS }),
  season: attr(4495, "Сезон", { values: OZON_SEASONS }),
  material: attr(4496, "Материал", { isCollection: true, values: OZON_MATERIALS }),
  compatible: attr(22904, "Совместимые модели", { dictionaryId: 124412578, groupName: "Общие" }),
  connection: attr(7430, "Тип подключения", { isCollection: true, values: OZON_CONNECTIONS }),
  cableLength: attr(7330, "Длина кабеля, м", { type: "Decimal" }),
  powerW: attr(7426, "Мощность, Вт", { type: "Decimal" }),
  capacityMah: attr(7417, "Емкость аккумулятора, мА·ч", { type: "Integer", isAspect: true }),
  capacityAh: attr(6031, "Емкость, А•ч", { type: "Decimal", isAspect: true, groupName: "Технические свойства" }),
  voltage: attr(10060, "Напряжение аккумулятора", { dictionaryId: 37712444, isAspect: true, groupName: "Технические свойства", values: OZON_VOLTAGES }),
  chemistry: attr(5111, "Химический тип", { dictionaryId: 43, groupName: "Технические свойства", values: OZON_BATTERY_CHEMISTRY }),
  hazard: attr(9782, "Класс опасности товара", { dictionaryId: 26026952, isRequired: true, groupName: "Общие", values: OZON_HAZARD_CLASSES }),
  volumeMl: attr(8163, "Объем, мл", { type: "Decimal", isAspect: true }),
  skinType: attr(8051, "Тип кожи", { isCollection: true, values: OZON_SKIN_TYPES }),
  diameterCm: attr(8416, "Диаметр, см", { type: "Decimal", isAspect: true }),
  age: attr(13214, "Возраст ребенка", { isRequired: true, values: OZON_AGES }),
  pieces: attr(7164, "Количество деталей, шт", { type: "Integer" }),
  heightCm: attr(9456, "Высота игрушки, см", { type: "Decimal" }),
  thicknessMm: attr(8329, "Толщина, мм", { type: "Decimal" }),
  dumbbellKg: attr(8402, "Вес, кг", { type: "Decimal", isAspect: true }),
  volumeL: attr(8184, "Объем, л", { type: "Decimal" }),
  towelSize: attr(9437, "Размер полотенца, см"),
} as const;

export type AttributeKey = keyof typeof A;

/** Attributes every generated type has, before its own ones. */
export const COMMON_ATTRIBUTES: readonly AttributeKey[] = [
  "brand", "name", "annotation", "model", "type", "colour", "colourName", "country", "weight", "weightPacked", "tnved", "hashtags",
];
