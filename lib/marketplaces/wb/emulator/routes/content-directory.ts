import { z } from "zod";
import { wbTnved } from "../../../catalog-generator/wb-characteristics";
import { WB_COLOURS, WB_COUNTRIES, WB_KINDS, WB_SEASONS, WB_VAT } from "../../../catalog-generator/wb-directories";
import { charcsOf } from "../card-validation";
import { contentError, contentOk } from "../errors";
import { subjectById, wbParents, wbSubjects } from "../subjects";
import { wbMethod } from "./route-helpers";

/** Categories, subjects, characteristics and directories of the content API. */
const parentAll = wbMethod({ method: "GET", template: "/content/v2/object/parent/all", group: "content", handle: () => contentOk(wbParents()) });

const objectAll = wbMethod({
  method: "GET",
  template: "/content/v2/object/all",
  group: "content",
  handle: (_body, { req }) => {
    const query = z
      .object({ name: z.string().optional(), limit: z.coerce.number().int().min(1).max(1000).default(30), offset: z.coerce.number().int().min(0).default(0), parentID: z.coerce.number().int().optional() })
      .safeParse(Object.fromEntries(req.query));
    if (!query.success) return contentError(400, "Invalid request parameters");
    const { name, limit, offset, parentID } = query.data;
    const needle = name?.toLowerCase();
    const matching = wbSubjects().filter((s) => (!needle || s.subjectName.toLowerCase().includes(needle)) && (parentID === undefined || s.parentID === parentID));
    return contentOk(matching.slice(offset, offset + limit));
  },
});

const charcs = wbMethod({
  method: "GET",
  template: "/content/v2/object/charcs/{subjectId}",
  group: "content",
  handle: (_body, { req }) => {
    const subject = subjectById(Number(req.params.subjectId));
    if (!subject) return contentError(400, "Invalid subject id", { subjectId: req.params.subjectId });
    return contentOk(
      charcsOf(subject.subjectID).map(({ directory: _directory, ...charc }) => ({ ...charc, subjectName: subject.subjectName, subjectID: subject.subjectID })),
    );
  },
});

const directory = (name: string, data: unknown) =>
  wbMethod({ method: "GET", template: `/content/v2/directory/${name}`, group: "content", handle: () => contentOk(data) });

const tnved = wbMethod({
  method: "GET",
  template: "/content/v2/directory/tnved",
  group: "content",
  handle: (_body, { req }) => {
    const subjectId = Number(req.query.get("subjectID"));
    if (!subjectById(subjectId)) return contentError(400, "Invalid subject id");
    const search = req.query.get("search") ?? "";
    return contentOk(wbTnved(subjectId).filter((t) => t.tnved.startsWith(search)));
  },
});

export const directoryRoutes = [
  parentAll,
  objectAll,
  charcs,
  directory("colors", WB_COLOURS),
  directory("kinds", WB_KINDS),
  directory("countries", WB_COUNTRIES),
  directory("seasons", WB_SEASONS),
  directory("vat", WB_VAT),
  tnved,
];
