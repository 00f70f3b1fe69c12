import type { AttributeKey } from "./ozon-attributes";
import { OZON_RU_SIZES, OZON_SHOE_SIZES, OZON_SOCK_SIZES, type DictEntry } from "./ozon-dictionaries";

/**
 * The kinds of goods a generated seller sells. Every Ozon (description_category_id, type_id) is a
 * real leaf of data/ozon-category-tree.json and every WB subjectID a real entry of
 * data/wb-subjects.json (kinds.test.ts checks both against the files).
 */
export type Family = "clothing" | "shoes" | "socks" | "electronics" | "battery" | "cosmetics" | "home" | "textile" | "toys" | "sport" | "bags";

export type ExtraRule =
  | { key: AttributeKey; range: readonly [number, number, number] } // min, max, step
  | { key: AttributeKey; dict: number; among?: readonly string[] } // how many dictionary values, optionally among these
  | { key: AttributeKey; text: readonly string[] };

export interface KindDef {
  key: string;
  ozon: { descriptionCategoryId: number; typeId: number; typeName: string };
  wb: { subjectId: number; subjectName: string };
  family: Family;
  /** Singular noun used in names, e.g. "Футболка". */
  noun: string;
  adjectives: readonly string[];
  price: readonly [number, number];
  weightGrams: readonly [number, number];
  /** Packed size in mm: depth, width, height. */
  sizeMm: readonly [number, number, number];
  colours: readonly [number, number];
  sizes?: readonly DictEntry[];
  extras: readonly ExtraRule[];
  /** TN VED codes (10 digits) with Ozon's dictionary wording. */
  tnved: readonly (readonly [string, string])[];
}

const CLOTHING_EXTRAS: readonly ExtraRule[] = [
  { key: "gender", dict: 1 },
  { key: "season", dict: 1 },
  { key: "material", dict: 2, among: ["Хлопок", "Полиэстер", "Вискоза", "Эластан", "Лен", "Шерсть", "Деним", "Текстиль"] },
];
const material = (...among: string[]): ExtraRule => ({ key: "material", dict: 1, among });
const MAKER_SIZES: Record<string, string> = { "40": "XXS", "42": "XS", "44": "S", "46": "M", "48": "L", "50": "XL", "52": "XXL", "54": "3XL", "56": "4XL" };
export const makerSizeFor = (ruSize: string): string => MAKER_SIZES[ruSize] ?? ruSize;

const clothes = (sizes = OZON_RU_SIZES.slice(1, 8)) => ({ family: "clothing" as const, sizes, extras: CLOTHING_EXTRAS });

export const KINDS: readonly KindDef[] = [
  { key: "tshirt", ozon: { descriptionCategoryId: 200000933, typeId: 93244, typeName: "Футболка" }, wb: { subjectId: 192, subjectName: "Футболки" }, ...clothes(), noun: "Футболка", adjectives: ["базовая", "оверсайз", "хлопковая", "с принтом", "приталенная"], price: [490, 2490], weightGrams: [140, 260], sizeMm: [300, 250, 20], colours: [1, 4], tnved: [["6109100000", "6109100000 - Майки, фуфайки с рукавами и прочие нательные фуфайки трикотажные, из хлопчатобумажной пряжи"]] },
  { key: "dress", ozon: { descriptionCategoryId: 200000933, typeId: 93182, typeName: "Платье" }, wb: { subjectId: 69, subjectName: "Платья" }, ...clothes(), noun: "Платье", adjectives: ["летнее", "вечернее", "миди", "трикотажное", "в горошек"], price: [1490, 7990], weightGrams: [220, 600], sizeMm: [350, 280, 40], colours: [1, 3], tnved: [["6204420000", "6204420000 - Платья женские или для девочек из хлопчатобумажной пряжи"]] },
  { key: "jeans", ozon: { descriptionCategoryId: 200000933, typeId: 93080, typeName: "Джинсы" }, wb: { subjectId: 180, subjectName: "Джинсы" }, ...clothes(), noun: "Джинсы", adjectives: ["прямые", "скинни", "широкие", "с высокой посадкой", "рваные"], price: [1990, 5990], weightGrams: [450, 800], sizeMm: [380, 300, 50], colours: [1, 2], tnved: [["6203423100", "6203423100 - Брюки мужские из денима"]] },
  { key: "hoodie", ozon: { descriptionCategoryId: 200000933, typeId: 93253, typeName: "Худи" }, wb: { subjectId: 1724, subjectName: "Худи" }, ...clothes(), noun: "Худи", adjectives: ["утепленное", "оверсайз", "с капюшоном", "на молнии"], price: [1990, 5490], weightGrams: [400, 750], sizeMm: [400, 320, 60], colours: [1, 4], tnved: [["6110209100", "6110209100 - Свитеры, пуловеры, кардиганы трикотажные из хлопка"]] },
  { key: "leggings", ozon: { descriptionCategoryId: 200000933, typeId: 93144, typeName: "Легинсы" }, wb: { subjectId: 148, subjectName: "Леггинсы" }, ...clothes(OZON_RU_SIZES.slice(1, 6)), noun: "Легинсы", adjectives: ["спортивные", "утягивающие", "бесшовные", "с высокой талией"], price: [690, 2490], weightGrams: [150, 300], sizeMm: [250, 200, 30], colours: [1, 3], tnved: [["6104630000", "6104630000 - Брюки женские трикотажные из синтетических нитей"]] },
  { key: "sneakers", ozon: { descriptionCategoryId: 15621048, typeId: 91248, typeName: "Кроссовки" }, wb: { subjectId: 105, subjectName: "Кроссовки" }, family: "shoes", sizes: OZON_SHOE_SIZES.slice(1, 11), extras: CLOTHING_EXTRAS, noun: "Кроссовки", adjectives: ["беговые", "повседневные", "на платформе", "дышащие", "кожаные"], price: [2490, 9990], weightGrams: [600, 1200], sizeMm: [330, 220, 120], colours: [1, 3], tnved: [["6404110000", "6404110000 - Обувь спортивная с подошвой из резины и верхом из текстиля"]] },
  { key: "socks", ozon: { descriptionCategoryId: 200001517, typeId: 93157, typeName: "Носки" }, wb: { subjectId: 212, subjectName: "Носки" }, family: "socks", sizes: OZON_SOCK_SIZES, extras: CLOTHING_EXTRAS, noun: "Носки", adjectives: ["хлопковые", "короткие", "высокие", "набор 5 пар", "с рисунком"], price: [190, 990], weightGrams: [40, 200], sizeMm: [200, 100, 20], colours: [1, 3], tnved: [["6115950000", "6115950000 - Носки трикотажные из хлопчатобумажной пряжи"]] },
  { key: "phone-case", ozon: { descriptionCategoryId: 17028650, typeId: 97011, typeName: "Чехол для смартфона" }, wb: { subjectId: 390, subjectName: "Чехлы для телефонов" }, family: "electronics", extras: [{ key: "compatible", text: ["iPhone 15", "iPhone 14 Pro", "Samsung Galaxy A54", "Xiaomi Redmi Note 13", "Honor X8b"] }, material("Силикон", "Пластик", "Поликарбонат", "Искусственная кожа")], noun: "Чехол", adjectives: ["силиконовый", "противоударный", "прозрачный", "книжка", "с MagSafe"], price: [290, 1490], weightGrams: [20, 80], sizeMm: [180, 100, 20], colours: [1, 5], tnved: [["3926909709", "3926909709 - Изделия прочие из пластмасс"]] },
  { key: "cable", ozon: { descriptionCategoryId: 17028634, typeId: 971081965, typeName: "Кабель для мобильных устройств" }, wb: { subjectId: 519, subjectName: "Кабели" }, family: "electronics", extras: [{ key: "cableLength", range: [0.5, 3, 0.5] }, { key: "connection", dict: 1 }], noun: "Кабель", adjectives: ["USB Type-C", "Lightning", "в оплетке", "быстрая зарядка", "магнитный"], price: [190, 1290], weightGrams: [30, 120], sizeMm: [150, 100, 30], colours: [1, 2], tnved: [["8544429007", "8544429007 - Проводники электрические прочие на напряжение не более 1000 В"]] },
  { key: "charger", ozon: { descriptionCategoryId: 17028627, typeId: 95777, typeName: "Сетевое зарядное устройство" }, wb: { subjectId: 765, subjectName: "Зарядные устройства" }, family: "electronics", extras: [{ key: "powerW", range: [10, 100, 5] }, { key: "connection", dict: 1 }], noun: "Зарядное устройство", adjectives: ["быстрое", "GaN", "2 порта", "компактное"], price: [490, 3490], weightGrams: [50, 200], sizeMm: [100, 70, 40], colours: [1, 2], tnved: [["8504405500", "8504405500 - Зарядные устройства для аккумуляторов"]] },
  { key: "headphones", ozon: { descriptionCategoryId: 17028929, typeId: 504866264, typeName: "Наушники" }, wb: { subjectId: 593, subjectName: "Наушники" }, family: "electronics", extras: [{ key: "connection", dict: 1 }], noun: "Наушники", adjectives: ["беспроводные", "накладные", "TWS", "с шумоподавлением", "игровые"], price: [990, 12990], weightGrams: [50, 350], sizeMm: [200, 180, 80], colours: [1, 3], tnved: [["8518300000", "8518300000 - Наушники и телефоны головные"]] },
  { key: "powerbank", ozon: { descriptionCategoryId: 17028910, typeId: 91886, typeName: "Внешний аккумулятор" }, wb: { subjectId: 468, subjectName: "Внешние аккумуляторы" }, family: "electronics", extras: [{ key: "capacityMah", range: [5000, 30000, 5000] }, { key: "connection", dict: 1 }], noun: "Внешний аккумулятор", adjectives: ["компактный", "с быстрой зарядкой", "с дисплеем", "магнитный"], price: [990, 4990], weightGrams: [150, 600], sizeMm: [160, 80, 30], colours: [1, 2], tnved: [["8507600000", "8507600000 - Аккумуляторы литий-ионные"]] },
  { key: "tool-battery", ozon: { descriptionCategoryId: 86539914, typeId: 91884, typeName: "Аккумулятор для инструмента" }, wb: { subjectId: 3126, subjectName: "Аккумуляторы для электроинструмента" }, family: "battery", extras: [{ key: "capacityAh", range: [1.5, 6, 0.5] }, { key: "voltage", dict: 1 }, { key: "chemistry", dict: 1 }, { key: "hazard", dict: 1 }, { key: "compatible", text: ["Greenworks G24", "Makita LXT", "Bosch 18V"] }], noun: "Аккумулятор", adjectives: ["литий-ионный", "с индикатором заряда", "повышенной емкости"], price: [1990, 8990], weightGrams: [350, 900], sizeMm: [140, 90, 70], colours: [1, 1], tnved: [["8507600000", "8507600000 - Аккумуляторы литий-ионные"]] },
  { key: "face-cream", ozon: { descriptionCategoryId: 17028991, typeId: 93883, typeName: "Крем для ухода за кожей" }, wb: { subjectId: 357, subjectName: "Кремы" }, family: "cosmetics", extras: [{ key: "volumeMl", range: [30, 100, 10] }, { key: "skinType", dict: 2 }], noun: "Крем для лица", adjectives: ["увлажняющий", "ночной", "с гиалуроновой кислотой", "SPF 30", "питательный"], price: [390, 2990], weightGrams: [60, 200], sizeMm: [80, 80, 70], colours: [1, 1], tnved: [["3304990000", "3304990000 - Средства косметические прочие"]] },
  { key: "shampoo", ozon: { descriptionCategoryId: 17028992, typeId: 93950, typeName: "Шампунь для волос" }, wb: { subjectId: 358, subjectName: "Шампуни" }, family: "cosmetics", extras: [{ key: "volumeMl", range: [200, 1000, 50] }], noun: "Шампунь", adjectives: ["для объема", "бессульфатный", "восстанавливающий", "против перхоти"], price: [290, 1490], weightGrams: [250, 1100], sizeMm: [220, 80, 50], colours: [1, 1], tnved: [["3305100000", "3305100000 - Шампуни"]] },
  { key: "soap", ozon: { descriptionCategoryId: 17028983, typeId: 93482, typeName: "Твердое мыло" }, wb: { subjectId: 382, subjectName: "Мыло косметическое" }, family: "cosmetics", extras: [{ key: "skinType", dict: 1 }], noun: "Мыло", adjectives: ["ручной работы", "с розовой глиной", "дегтярное", "с маслом ши"], price: [150, 690], weightGrams: [90, 150], sizeMm: [90, 60, 35], colours: [1, 1], tnved: [["3401110001", "3401110001 - Мыло туалетное"]] },
  { key: "towel", ozon: { descriptionCategoryId: 17028730, typeId: 970865037, typeName: "Полотенце для ванной" }, wb: { subjectId: 254, subjectName: "Полотенца банные" }, family: "textile", extras: [{ key: "towelSize", text: ["50x90", "70x140", "100x150"] }, material("Махра", "Хлопок")], noun: "Полотенце банное", adjectives: ["махровое", "вафельное", "бамбуковое", "набор 2 шт"], price: [390, 2490], weightGrams: [250, 900], sizeMm: [300, 250, 60], colours: [1, 4], tnved: [["6302600000", "6302600000 - Белье туалетное и кухонное из махровых тканей"]] },
  { key: "bedding", ozon: { descriptionCategoryId: 17028731, typeId: 92603, typeName: "Комплект постельного белья" }, wb: { subjectId: 197, subjectName: "Постельное белье" }, family: "textile", extras: [material("Сатин", "Бязь", "Хлопок", "Лен"), { key: "set", text: ["Пододеяльник, простыня, 2 наволочки", "Пододеяльник, простыня, 4 наволочки"] }], noun: "Комплект постельного белья", adjectives: ["1,5-спальный", "2-спальный", "евро", "семейный"], price: [1990, 7990], weightGrams: [1200, 2500], sizeMm: [400, 300, 80], colours: [1, 3], tnved: [["6302210000", "6302210000 - Белье постельное из хлопчатобумажной пряжи"]] },
  { key: "mug", ozon: { descriptionCategoryId: 17028741, typeId: 92499, typeName: "Кружка" }, wb: { subjectId: 812, subjectName: "Кружки" }, family: "home", extras: [{ key: "volumeMl", range: [250, 500, 50] }, material("Керамика", "Фарфор", "Нержавеющая сталь")], noun: "Кружка", adjectives: ["керамическая", "с надписью", "для чая", "термо"], price: [290, 1290], weightGrams: [250, 450], sizeMm: [130, 110, 110], colours: [1, 4], tnved: [["6912002100", "6912002100 - Посуда столовая и кухонная из керамики"]] },
  { key: "frying-pan", ozon: { descriptionCategoryId: 17028732, typeId: 92462, typeName: "Сковорода" }, wb: { subjectId: 704, subjectName: "Сковороды" }, family: "home", extras: [{ key: "diameterCm", range: [20, 28, 2] }, material("Алюминий", "Нержавеющая сталь", "Металл")], noun: "Сковорода", adjectives: ["антипригарная", "чугунная", "гриль", "с крышкой"], price: [990, 5990], weightGrams: [800, 2600], sizeMm: [450, 290, 80], colours: [1, 1], tnved: [["7323930000", "7323930000 - Изделия столовые и кухонные из коррозионностойкой стали"]] },
  { key: "bricks", ozon: { descriptionCategoryId: 62573858, typeId: 97200, typeName: "Конструктор из кирпичиков" }, wb: { subjectId: 117, subjectName: "Конструкторы" }, family: "toys", extras: [{ key: "pieces", range: [100, 1500, 50] }, { key: "age", dict: 1 }], noun: "Конструктор", adjectives: ["Город", "Космическая станция", "Замок", "Гоночная машина"], price: [790, 6990], weightGrams: [300, 2200], sizeMm: [380, 260, 70], colours: [1, 1], tnved: [["9503003500", "9503003500 - Наборы и игрушки для конструирования из пластмассы"]] },
  { key: "plush", ozon: { descriptionCategoryId: 17028973, typeId: 92851, typeName: "Мягкая игрушка" }, wb: { subjectId: 268, subjectName: "Мягкие игрушки" }, family: "toys", extras: [{ key: "heightCm", range: [20, 100, 10] }, { key: "age", dict: 1 }], noun: "Мягкая игрушка", adjectives: ["Медведь", "Котик", "Зайка", "Единорог", "Акула"], price: [390, 3490], weightGrams: [100, 900], sizeMm: [300, 200, 150], colours: [1, 3], tnved: [["9503004100", "9503004100 - Игрушки мягкие набивные"]] },
  { key: "yoga-mat", ozon: { descriptionCategoryId: 17028709, typeId: 95918, typeName: "Коврик для йоги и фитнеса" }, wb: { subjectId: 388, subjectName: "Коврики спортивные" }, family: "sport", extras: [{ key: "thicknessMm", range: [4, 15, 1] }, material("ТПЭ", "ПВХ")], noun: "Коврик для йоги", adjectives: ["нескользящий", "с чехлом", "широкий", "эко"], price: [690, 3490], weightGrams: [600, 1800], sizeMm: [620, 150, 150], colours: [1, 4], tnved: [["9506911000", "9506911000 - Инвентарь для общих физических упражнений"]] },
  { key: "dumbbells", ozon: { descriptionCategoryId: 17028707, typeId: 115947377, typeName: "Гантели" }, wb: { subjectId: 855, subjectName: "Гантели" }, family: "sport", extras: [{ key: "dumbbellKg", range: [1, 10, 1] }, material("ПВХ", "Металл")], noun: "Гантели", adjectives: ["виниловые", "неопреновые", "разборные", "набор 2 шт"], price: [490, 4990], weightGrams: [1000, 20000], sizeMm: [250, 120, 120], colours: [1, 3], tnved: [["9506911000", "9506911000 - Инвентарь для общих физических упражнений"]] },
  { key: "backpack", ozon: { descriptionCategoryId: 17027904, typeId: 115945533, typeName: "Рюкзак" }, wb: { subjectId: 138, subjectName: "Рюкзаки" }, family: "bags", extras: [{ key: "volumeL", range: [10, 40, 5] }, material("Полиэстер", "Текстиль", "Искусственная кожа"), { key: "gender", dict: 1 }], noun: "Рюкзак", adjectives: ["городской", "школьный", "для ноутбука", "туристический"], price: [990, 6990], weightGrams: [400, 1500], sizeMm: [450, 320, 150], colours: [1, 4], tnved: [["4202929100", "4202929100 - Рюкзаки с наружной поверхностью из пластмассы"]] },
];

export function kindByKey(key: string): KindDef {
  const kind = KINDS.find((k) => k.key === key);
  if (!kind) throw new Error(`unknown kind ${key}`);
  return kind;
}
