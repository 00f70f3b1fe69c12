import { z } from "zod";
import { readReferenceJson } from "../../emulator-kit/reference-data";

/** The real WB subject list and parent categories (data/wb-subjects.json, data/wb-parent-categories.json). */
const subjectSchema = z.object({ subjectID: z.number(), parentID: z.number(), subjectName: z.string(), parentName: z.string() });
const parentSchema = z.object({ name: z.string(), id: z.number(), isVisible: z.boolean() });
export type WbSubject = z.infer<typeof subjectSchema>;
export type WbParent = z.infer<typeof parentSchema>;

let subjects: WbSubject[] | undefined;
let parents: WbParent[] | undefined;

export function wbSubjects(): WbSubject[] {
  subjects ??= z.object({ data: z.array(subjectSchema) }).parse(readReferenceJson("data", "wb-subjects.json")).data;
  return subjects;
}

export function wbParents(): WbParent[] {
  parents ??= z.object({ data: z.array(parentSchema) }).parse(readReferenceJson("data", "wb-parent-categories.json")).data;
  return parents;
}

export function subjectById(subjectId: number): WbSubject | undefined {
  return wbSubjects().find((s) => s.subjectID === subjectId);
}
