import { wbCharacteristics, wbDescriptionLimit, wbTnved, GENERIC_CHARACTERISTICS, type WbCharc } from "../../catalog-generator/wb-characteristics";
import { directoryValues } from "../../catalog-generator/wb-directories";
import type { VariantInput } from "./schemas";

/**
 * The checks WB runs after accepting a card (their failures show up in cards/error/list, not in
 * the upload answer). Messages follow WB's wording where the spec shows it.
 */
export interface VariantContext {
  subjectId: number;
  /** True when another card (created, queued, or earlier in this batch) already uses the vendorCode. */
  vendorCodeTaken(vendorCode: string): boolean;
  skuTaken(sku: string): boolean;
}

const EMOJI = /\p{Extended_Pictographic}/gu;
const EMAIL = /[\w.+-]+@[\w-]+\.[\w.-]+/;
const HTML_TAG = /<\/?[a-z][^>]*>/i;
const TITLE_LIMIT = 60;

function textErrors(field: "Наименование" | "Описание", text: string): string[] {
  const errors: string[] = [];
  const emoji = text.match(EMOJI);
  if (emoji) errors.push(`Поле ${field} не должно содержать запрещенные символы: ${[...new Set(emoji)].join(" ")}`);
  if (EMAIL.test(text)) errors.push(`Запрещено использовать E-Mail в поле ${field}`);
  return errors;
}

export function charcsOf(subjectId: number): readonly WbCharc[] {
  return wbCharacteristics(subjectId) ?? GENERIC_CHARACTERISTICS;
}

function allowedValues(charc: WbCharc, subjectId: number): readonly string[] | null {
  if (!charc.directory) return null;
  if (charc.directory === "tnved") return wbTnved(subjectId).map((t) => t.tnved);
  return directoryValues(charc.directory);
}

function characteristicErrors(variant: VariantInput, subjectId: number): string[] {
  const charcs = charcsOf(subjectId);
  const errors: string[] = [];
  const given = new Map((variant.characteristics ?? []).map((c) => [c.id, c.value]));
  for (const [id, value] of given) {
    const charc = charcs.find((c) => c.charcID === id);
    if (!charc) {
      errors.push(`Характеристика с id ${id} не относится к предмету`);
      continue;
    }
    if (charc.charcType === 4) {
      if (typeof value !== "number" || !Number.isFinite(value)) errors.push(`Значение характеристики «${charc.name}» должно быть числом`);
      continue;
    }
    if (!Array.isArray(value) || value.some((v) => typeof v !== "string")) {
      errors.push(`Значение характеристики «${charc.name}» должно быть массивом строк`);
      continue;
    }
    if (charc.maxCount > 0 && value.length > charc.maxCount) {
      errors.push(`Превышено максимальное количество значений характеристики «${charc.name}»: ${charc.maxCount}`);
    }
    const allowed = allowedValues(charc, subjectId);
    for (const v of allowed ? (value as string[]) : []) {
      if (!allowed?.includes(v)) errors.push(`Значение «${v}» характеристики «${charc.name}» отсутствует в справочнике`);
    }
  }
  for (const charc of charcs) {
    if (charc.required && !given.has(charc.charcID)) errors.push(`Не заполнена обязательная характеристика «${charc.name}»`);
  }
  return errors;
}

function dimensionErrors(dimensions: VariantInput["dimensions"]): string[] {
  const { length = 0, width = 0, height = 0, weightBrutto = 0 } = dimensions ?? {};
  const errors: string[] = [];
  if (length <= 0 || width <= 0 || height <= 0) errors.push("Не указаны габариты упаковки: длина, ширина и высота должны быть больше 0 см");
  if (weightBrutto <= 0) errors.push("Не указан вес товара с упаковкой");
  else if (Math.round(weightBrutto * 1000) !== weightBrutto * 1000) errors.push("Вес товара с упаковкой указывается в кг, не более 3 знаков после запятой");
  return errors;
}

export function validateVariant(variant: VariantInput, ctx: VariantContext): string[] {
  const errors: string[] = [];
  if (ctx.vendorCodeTaken(variant.vendorCode)) errors.push(`Артикул продавца ${variant.vendorCode} уже используется в другой карточке товара`);
  const title = variant.title ?? "";
  if (title.trim() === "") errors.push("Не заполнено поле Наименование");
  if (title.length > TITLE_LIMIT) errors.push(`Наименование должно содержать не более ${TITLE_LIMIT} символов`);
  errors.push(...textErrors("Наименование", title));
  const description = variant.description ?? "";
  const limit = wbDescriptionLimit(ctx.subjectId);
  if (description.length > limit) errors.push(`Описание должно содержать не более ${limit} символов`);
  if (HTML_TAG.test(description)) errors.push("Описание не должно содержать HTML-теги");
  errors.push(...textErrors("Описание", description));
  errors.push(...dimensionErrors(variant.dimensions));
  errors.push(...characteristicErrors(variant, ctx.subjectId));
  const skus = (variant.sizes ?? []).flatMap((s) => s.skus ?? []);
  for (const sku of skus.filter((s, i) => ctx.skuTaken(s) || skus.indexOf(s) !== i)) errors.push(`Баркод ${sku} уже используется`);
  return errors;
}
