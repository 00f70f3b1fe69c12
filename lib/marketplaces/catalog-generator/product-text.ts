import type { Prng } from "../emulator-kit/prng";
import type { KindDef } from "./kinds";

/** Russian product names and HTML descriptions in the style of real Ozon cards. */
const MARKETING_TAIL =
  "идеально подходит для повседневного использования, в подарок мужчине, женщине, подростку, на день рождения, Новый год, 8 марта и 23 февраля, " +
  "высокое качество, гарантия производителя, быстрая доставка по всей России, оригинальный товар от официального поставщика";

const BENEFITS = [
  "Продуманный дизайн и аккуратные швы",
  "Проверено на соответствие техническому регламенту ЕАЭС",
  "Приятный на ощупь материал",
  "Подходит для ежедневного использования",
  "Удобная упаковка, подходит для подарка",
  "Легко чистится и долго служит",
];

const EMOJI = ["🔥", "✨", "😍", "👍", "🎁"];

export interface NameParts {
  kind: KindDef;
  brand: string;
  adjective: string;
  model: string;
  colour: string;
  size: string | null;
}

export function productName(parts: NameParts, veryLong: boolean): string {
  const base = `${parts.kind.noun} ${parts.brand === "Нет бренда" ? "" : `${parts.brand} `}${parts.adjective} ${parts.model}, ${parts.colour}${parts.size ? `, размер ${parts.size}` : ""}`;
  return veryLong ? `${base}, ${MARKETING_TAIL}, ${MARKETING_TAIL}`.slice(0, 480) : base;
}

export interface DescriptionInput extends NameParts {
  prng: Prng;
  details: Array<[string, string]>;
  withEmoji: boolean;
  withEmail: boolean;
}

export function productDescription(input: DescriptionInput): string {
  const { kind, prng } = input;
  const benefits = [prng.pick(BENEFITS), prng.pick(BENEFITS)].filter((b, i, all) => all.indexOf(b) === i);
  const lead = `${kind.noun} ${input.adjective} от бренда ${input.brand} — ${kind.adjectives.slice(0, 2).join(" и ")} модель на каждый день.`;
  const emoji = input.withEmoji ? ` ${prng.pick(EMOJI)}${prng.pick(EMOJI)} Хит продаж!` : "";
  const email = input.withEmail ? "<br/>Вопросы по заказу: shop-support@example.ru" : "";
  const rows = input.details.map(([name, value]) => `<li>${name}: ${value}</li>`).join("");
  return `<p>${lead}${emoji}</p><p><b>Преимущества:</b></p><ul>${benefits.map((b) => `<li>${b}</li>`).join("")}</ul><p>Характеристики:</p><ul>${rows}</ul>${email}`;
}

/** A valid EAN-13 code from 12 digits (the last digit is the checksum). */
export function ean13(twelveDigits: string): string {
  const digits = twelveDigits.split("").map(Number);
  const sum = digits.reduce((acc, d, i) => acc + d * (i % 2 === 0 ? 1 : 3), 0);
  return `${twelveDigits}${(10 - (sum % 10)) % 10}`;
}
