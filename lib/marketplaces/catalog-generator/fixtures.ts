import { KINDS } from "./kinds";

/**
 * TEST FIXTURE ONLY: the Ozon type → WB subject pairs the generator was built around. The mapping
 * engine's tests compare its suggestions with these; the engine itself must never import them.
 */
export interface TestFixtureTypeSubjectPair {
  ozonDescriptionCategoryId: number;
  ozonTypeId: number;
  ozonTypeName: string;
  wbSubjectId: number;
  wbSubjectName: string;
}

export const TEST_FIXTURE_TYPE_SUBJECT_PAIRS: readonly TestFixtureTypeSubjectPair[] = KINDS.map((kind) => ({
  ozonDescriptionCategoryId: kind.ozon.descriptionCategoryId,
  ozonTypeId: kind.ozon.typeId,
  ozonTypeName: kind.ozon.typeName,
  wbSubjectId: kind.wb.subjectId,
  wbSubjectName: kind.wb.subjectName,
}));
