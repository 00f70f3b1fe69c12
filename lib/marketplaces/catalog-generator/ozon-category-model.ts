import { A, COMMON_ATTRIBUTES, type AttributeKey, type OzonAttributeDef } from "./ozon-attributes";
import { KINDS, type KindDef } from "./kinds";
import type { DictEntry } from "./ozon-dictionaries";

/**
 * What `/v1/description-category/attribute` and `/attribute/values` answer for a (category, type):
 * the generator's types get their full modelled attribute set, any other real type the common one.
 */
export function kindOf(descriptionCategoryId: number, typeId: number): KindDef | undefined {
  return KINDS.find((k) => k.ozon.descriptionCategoryId === descriptionCategoryId && k.ozon.typeId === typeId);
}

export function typeAttributes(kind: KindDef | undefined): OzonAttributeDef[] {
  const keys: AttributeKey[] = [...COMMON_ATTRIBUTES];
  if (kind?.sizes) keys.push("ruSize", "makerSize");
  for (const rule of kind?.extras ?? []) keys.push(rule.key);
  return [...new Set(keys)].map((key) => A[key]);
}

/** Dictionary values of one attribute for a type; empty for attributes without a dictionary. */
export function attributeValues(attributeId: number, kind: KindDef | undefined, typeId: number, typeName: string): DictEntry[] {
  if (attributeId === A.type.id) return [{ dictionary_value_id: typeId, value: typeName }];
  if (attributeId === A.tnved.id) {
    return (kind?.tnved ?? []).map(([code, text]) => ({ dictionary_value_id: 970_000_000 + Number(code.slice(0, 6)), value: text }));
  }
  const def = Object.values(A).find((a) => a.id === attributeId);
  return [...(def?.values ?? [])].sort((a, b) => a.dictionary_value_id - b.dictionary_value_id);
}
