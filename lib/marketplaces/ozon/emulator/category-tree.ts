import { z } from "zod";
import { readReferenceJson, readReferenceText } from "../../emulator-kit/reference-data";

/** The real Ozon category tree (data/ozon-category-tree.json), served as is and indexed by leaf. */
export const TREE_FILE = "ozon-category-tree.json";

interface TreeNode {
  description_category_id?: number;
  category_name?: string;
  type_id?: number;
  type_name?: string;
  disabled: boolean;
  children: TreeNode[];
}

const nodeSchema: z.ZodType<TreeNode> = z.lazy(() =>
  z.object({
    description_category_id: z.number().optional(),
    category_name: z.string().optional(),
    type_id: z.number().optional(),
    type_name: z.string().optional(),
    disabled: z.boolean(),
    children: z.array(nodeSchema),
  }),
);

let leaves: Map<string, string> | undefined;

export function treeText(): string {
  return readReferenceText("data", TREE_FILE);
}

/** type_name of a (description_category_id, type_id) leaf, or undefined when the tree has no such leaf. */
export function leafTypeName(descriptionCategoryId: number, typeId: number): string | undefined {
  if (!leaves) {
    const tree = z.object({ result: z.array(nodeSchema) }).parse(readReferenceJson("data", TREE_FILE));
    const index = new Map<string, string>();
    const walk = (node: TreeNode, categoryId: number | undefined) => {
      const current = node.description_category_id ?? categoryId;
      if (node.type_id !== undefined && current !== undefined) index.set(`${current}/${node.type_id}`, node.type_name ?? "");
      for (const child of node.children) walk(child, current);
    };
    for (const node of tree.result) walk(node, undefined);
    leaves = index;
  }
  return leaves.get(`${descriptionCategoryId}/${typeId}`);
}
