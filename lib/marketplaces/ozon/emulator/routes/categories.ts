import { z } from "zod";
import { attributeValues, kindOf, typeAttributes } from "../../../catalog-generator/ozon-category-model";
import { json } from "../../../emulator-kit/http";
import { leafTypeName, treeText } from "../category-tree";
import { notFound } from "../errors";
import { ozonMethod } from "./route-helpers";

/** /v1/description-category/tree, /attribute and /attribute/values. */
const language = z.enum(["DEFAULT", "RU", "EN", "TR", "ZH_HANS"]).optional();
const id = z.union([z.number(), z.string()]).transform(Number);

const tree = ozonMethod("/v1/description-category/tree", z.object({ language }), () => {
  // The file is the real API answer; sending its text avoids re-serialising 3 MB per request.
  return { kind: "raw", status: 200, body: treeText(), contentType: "application/json; charset=utf-8" };
});

const attribute = ozonMethod(
  "/v1/description-category/attribute",
  z.object({ description_category_id: id, type_id: id, language }),
  (body) => {
    if (!leafTypeName(body.description_category_id, body.type_id)) return notFound("description category or type not found");
    const result = typeAttributes(kindOf(body.description_category_id, body.type_id)).map((a) => ({
      id: a.id,
      attribute_complex_id: 0,
      name: a.name,
      description: "",
      type: a.type,
      is_collection: a.isCollection,
      is_required: a.isRequired,
      is_aspect: a.isAspect,
      max_value_count: 0,
      group_name: a.groupName,
      group_id: a.groupId,
      dictionary_id: a.dictionaryId,
      category_dependent: a.categoryDependent,
      complex_is_collection: false,
    }));
    return json(200, { result });
  },
);

const values = ozonMethod(
  "/v1/description-category/attribute/values",
  z.object({
    attribute_id: id,
    description_category_id: id,
    type_id: id,
    language,
    last_value_id: id.optional(),
    limit: z.number().int().min(1, "limit must be between 1 and 2000").max(2000, "limit must be between 1 and 2000"),
  }),
  (body) => {
    const typeName = leafTypeName(body.description_category_id, body.type_id);
    if (!typeName) return notFound("description category or type not found");
    const all = attributeValues(body.attribute_id, kindOf(body.description_category_id, body.type_id), body.type_id, typeName);
    const rest = all.filter((v) => v.dictionary_value_id > (body.last_value_id ?? 0));
    const page = rest.slice(0, body.limit).map((v) => ({ id: v.dictionary_value_id, value: v.value, info: "", picture: "" }));
    return json(200, { result: page, has_next: rest.length > body.limit });
  },
);

export const categoryRoutes = [tree, attribute, values];
