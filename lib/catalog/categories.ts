import type { OzonClient } from "@/lib/marketplaces/ozon/client";
import type { OzonCategoryNode } from "@/lib/marketplaces/ozon/schemas/categories";

/** (description_category_id, type_id) → the type's name and its path in Ozon's category tree. */
export type CategoryNames = Map<string, { typeName: string; path: string }>;

export const categoryKey = (descriptionCategoryId: number, typeId: number) => `${descriptionCategoryId}/${typeId}`;

export function indexCategoryTree(tree: readonly OzonCategoryNode[]): CategoryNames {
  const names: CategoryNames = new Map();
  const walk = (node: OzonCategoryNode, categoryId: number | undefined, trail: string[]) => {
    const current = node.description_category_id ?? categoryId;
    const label = node.category_name ?? node.type_name;
    const path = label ? [...trail, label] : trail;
    if (node.type_id !== undefined && current !== undefined) {
      names.set(categoryKey(current, node.type_id), { typeName: node.type_name ?? "", path: path.join(" › ") });
    }
    for (const child of node.children) walk(child, current, path);
  };
  for (const root of tree) walk(root, undefined, []);
  return names;
}

// The tree is ~3 MB: read once per connection and process for an hour, not once per page step.
const TTL_MS = 60 * 60 * 1000;
const cache = new Map<string, { at: number; names: Promise<CategoryNames> }>();

export function categoryNamesFor(connectionId: string, client: OzonClient, now = Date.now()): Promise<CategoryNames> {
  const hit = cache.get(connectionId);
  if (hit && now - hit.at < TTL_MS) return hit.names;
  const names = client.categoryTree().then(indexCategoryTree);
  cache.set(connectionId, { at: now, names });
  names.catch(() => cache.delete(connectionId));
  return names;
}
