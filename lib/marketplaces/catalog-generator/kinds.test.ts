import { describe, expect, it } from "vitest";
import { z } from "zod";
import { readReferenceJson } from "../emulator-kit/reference-data";
import { TEST_FIXTURE_TYPE_SUBJECT_PAIRS } from "./fixtures";
import { KINDS } from "./kinds";
import { wbCharacteristics } from "./wb-characteristics";

// Needs the reference data beside the repository (REFERENCE_DATA_DIR); it is plain file reading.
describe("generator kinds are real marketplace types", () => {
  it("uses real Ozon (description_category_id, type_id, type_name) leaves of the category tree", () => {
    const leaves = new Map<string, string>();
    const node: z.ZodType<{ description_category_id?: number; type_id?: number; type_name?: string; children: unknown[] }> = z.lazy(() =>
      z.object({ description_category_id: z.number().optional(), type_id: z.number().optional(), type_name: z.string().optional(), children: z.array(node) }),
    );
    const walk = (n: z.infer<typeof node>, category?: number) => {
      const current = n.description_category_id ?? category;
      if (n.type_id !== undefined) leaves.set(`${current}/${n.type_id}`, n.type_name ?? "");
      for (const child of n.children as Array<z.infer<typeof node>>) walk(child, current);
    };
    for (const top of z.object({ result: z.array(node) }).parse(readReferenceJson("data", "ozon-category-tree.json")).result) walk(top);
    for (const kind of KINDS) expect(leaves.get(`${kind.ozon.descriptionCategoryId}/${kind.ozon.typeId}`), kind.key).toBe(kind.ozon.typeName);
  });

  it("uses real WB subjectIDs with their names", () => {
    const subjects = z.object({ data: z.array(z.object({ subjectID: z.number(), subjectName: z.string() })) }).parse(readReferenceJson("data", "wb-subjects.json")).data;
    for (const kind of KINDS) expect(subjects.find((s) => s.subjectID === kind.wb.subjectId)?.subjectName, kind.key).toBe(kind.wb.subjectName);
  });

  it("models WB characteristics with required ones, both charcTypes and dictionaries for every subject", () => {
    for (const kind of KINDS) {
      const charcs = wbCharacteristics(kind.wb.subjectId) ?? [];
      expect(charcs.map((c) => c.charcID)).toEqual(expect.arrayContaining([14177449, 14177451, 15001405]));
      expect(new Set(charcs.map((c) => c.charcType))).toEqual(new Set([1, 4]));
    }
    expect(KINDS.every((k) => (wbCharacteristics(k.wb.subjectId) ?? []).some((c) => c.required))).toBe(true);
  });

  it("exports the type → subject pairs as a test fixture", () => {
    expect(TEST_FIXTURE_TYPE_SUBJECT_PAIRS).toHaveLength(KINDS.length);
    expect(TEST_FIXTURE_TYPE_SUBJECT_PAIRS.length).toBeGreaterThanOrEqual(15);
  });
});
