/**
 * Ozon dictionary values used by the generated catalogues. Ozon publishes no bulk dump, so these
 * are modelled, except the ids seen in real data (data/README.md): colour 61571 белый, 61572
 * прозрачный, 61573 бежевый, 61574 черный, 61581 синий; country 90296 Китай; brand 126745801
 * "Нет бренда". Modelled ids are kept in ranges that do not collide with those.
 */
export interface DictEntry {
  readonly dictionary_value_id: number;
  readonly value: string;
}

const entries = (start: number, values: readonly string[]): DictEntry[] =>
  values.map((value, i) => ({ dictionary_value_id: start + i, value }));

export const NO_BRAND: DictEntry = { dictionary_value_id: 126745801, value: "Нет бренда" };

export const OZON_COLOURS: DictEntry[] = [
  { dictionary_value_id: 61571, value: "белый" },
  { dictionary_value_id: 61572, value: "прозрачный" },
  { dictionary_value_id: 61573, value: "бежевый" },
  { dictionary_value_id: 61574, value: "черный" },
  { dictionary_value_id: 61581, value: "синий" },
  ...entries(61590, ["красный", "зеленый", "серый", "розовый", "темно-синий", "голубой", "желтый", "оранжевый"]),
  ...entries(61600, ["фиолетовый", "коричневый", "бордовый", "хаки", "мультиколор", "серебристый", "золотистый", "графит"]),
];

export const OZON_COUNTRIES: DictEntry[] = [
  { dictionary_value_id: 90296, value: "Китай" },
  ...entries(90300, ["Россия", "Турция", "Узбекистан", "Беларусь", "Индия", "Вьетнам", "Корея, Республика", "Италия", "Киргизия"]),
];

export const OZON_GENDERS = entries(22880, ["Женский", "Мужской", "Девочки", "Мальчики", "Унисекс"]);
export const OZON_SEASONS = entries(30960, ["Демисезон", "Зима", "Лето", "На любой сезон"]);
export const OZON_MATERIALS = entries(62100, [
  "Хлопок", "Полиэстер", "Вискоза", "Эластан", "Лен", "Шерсть", "Деним", "Текстиль", "Искусственная кожа", "Натуральная кожа",
  "Силикон", "Пластик", "Поликарбонат", "Металл", "Керамика", "Фарфор", "Алюминий", "Нержавеющая сталь", "ТПЭ", "ПВХ", "Махра", "Сатин", "Бязь",
]);
export const OZON_CONNECTIONS = entries(73800, ["Bluetooth", "Проводное 3.5 мм", "USB Type-C", "Lightning"]);
export const OZON_AGES = entries(71700, ["От 3 лет", "От 6 лет", "От 8 лет", "От 12 лет", "С рождения"]);
export const OZON_SKIN_TYPES = entries(74500, ["Для всех типов кожи", "Сухая", "Жирная", "Комбинированная", "Чувствительная"]);
export const OZON_VOLTAGES = entries(37712500, ["12 В", "18 В", "20 В", "24 В", "36 В"]);
export const OZON_BATTERY_CHEMISTRY = entries(4300, ["Li-Ion", "Ni-Cd", "Ni-Mh"]);
export const OZON_HAZARD_CLASSES = entries(970100, ["Не опасен", "Класс 9. Прочие опасные вещества"]);

/** The brand dictionary (attribute 85, dictionary 28732849): modelled brand names plus "Нет бренда". */
export const OZON_BRANDS: DictEntry[] = [
  NO_BRAND,
  ...entries(973000000, [
    "Северный Лён", "UrbanFox", "Мягкий Дом", "TechNova", "ВолнаЗвука", "Bright Skin", "Лавка Мыла", "Кухня Мастер",
    "ToyLand", "Пушистик", "FitMotion", "СпортЛайн", "Energon", "ГородСтиль", "Aqua Pure", "Kedrus", "ВелеС", "Greenworks",
  ]),
];

/** Real Ozon size grid values (attribute 4295 "Российский размер") for clothes and shoes. */
export const OZON_RU_SIZES = entries(63800, ["40", "42", "44", "46", "48", "50", "52", "54", "56"]);
export const OZON_SHOE_SIZES = entries(63900, ["35", "36", "37", "38", "39", "40", "41", "42", "43", "44", "45"]);
export const OZON_SOCK_SIZES = entries(64000, ["35-38", "39-42", "43-46"]);
