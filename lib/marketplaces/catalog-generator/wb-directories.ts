/**
 * WB directories (`/content/v2/directory/*`). WB publishes no dump (data/README.md, "Not found"),
 * so these are modelled on the spec examples: colours are lower-case names with a parent colour,
 * countries carry an id (15000170 Китай is the spec's example), VAT rates are strings.
 */
export interface WbColour {
  name: string;
  parentName: string;
}

export interface WbCountry {
  id: number;
  name: string;
  fullName: string;
}

const colour = (name: string, parentName = name): WbColour => ({ name, parentName });

export const WB_COLOURS: readonly WbColour[] = [
  colour("белый"), colour("молочный", "белый"), colour("черный"), colour("графитовый", "серый"), colour("серый"),
  colour("светло-серый", "серый"), colour("красный"), colour("бордовый", "красный"), colour("розовый"), colour("пудровый", "розовый"),
  colour("синий"), colour("темно-синий", "синий"), colour("голубой"), colour("зеленый"), colour("хаки", "зеленый"),
  colour("желтый"), colour("оранжевый"), colour("фиолетовый"), colour("коричневый"), colour("бежевый"),
  colour("прозрачный"), colour("разноцветный"), colour("серебристый", "серый"), colour("золотой", "желтый"),
];

export const WB_COUNTRIES: readonly WbCountry[] = [
  { id: 15000170, name: "Китай", fullName: "Китайская Народная Республика" },
  { id: 15000171, name: "Россия", fullName: "Российская Федерация" },
  { id: 15000172, name: "Турция", fullName: "Турецкая Республика" },
  { id: 15000173, name: "Узбекистан", fullName: "Республика Узбекистан" },
  { id: 15000174, name: "Беларусь", fullName: "Республика Беларусь" },
  { id: 15000175, name: "Индия", fullName: "Республика Индия" },
  { id: 15000176, name: "Вьетнам", fullName: "Социалистическая Республика Вьетнам" },
  { id: 15000177, name: "Корея", fullName: "Республика Корея" },
  { id: 15000178, name: "Италия", fullName: "Итальянская Республика" },
  { id: 15000179, name: "Кыргызстан", fullName: "Кыргызская Республика" },
];

export const WB_KINDS: readonly string[] = ["Женский", "Мужской", "Детский", "Девочки", "Мальчики", "Унисекс"];
export const WB_SEASONS: readonly string[] = ["демисезон", "зима", "лето", "круглогодичный"];
export const WB_VAT: readonly string[] = ["0", "10", "20", "22", "Без НДС", "13"];

export type WbDirectory = "colors" | "countries" | "kinds" | "seasons" | "vat" | "tnved";

/** Plain string values of a directory, for checking a card's characteristic values. */
export function directoryValues(directory: Exclude<WbDirectory, "tnved">): readonly string[] {
  switch (directory) {
    case "colors":
      return WB_COLOURS.map((c) => c.name);
    case "countries":
      return WB_COUNTRIES.map((c) => c.name);
    case "kinds":
      return WB_KINDS;
    case "seasons":
      return WB_SEASONS;
    case "vat":
      return WB_VAT;
  }
}
