import { z } from "zod";

/**
 * The /catalog view as URL search params: every filter, the sort and the page, validated here so a
 * hand-edited URL can never reach SQL unchecked. Prices are typed in roubles, compared in kopecks.
 */
export const CATALOG_PAGE_SIZE = 50;

const blankToUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());
const amount = z.coerce.number().min(0).max(100_000_000);
const count = z.coerce.number().int().min(0).max(100_000_000);

export const catalogFilterSchema = z.object({
  q: optional(z.string().trim().max(100)),
  typeId: optional(z.coerce.number().int().positive()),
  brand: optional(z.string().trim().max(200)),
  priceMin: optional(amount),
  priceMax: optional(amount),
  stockMin: optional(count),
  stockMax: optional(count),
  status: optional(z.enum(["active", "archived", "removed"])),
  onWb: optional(z.enum(["yes", "no"])),
});
export type CatalogFilter = z.infer<typeof catalogFilterSchema>;

export const SORT_KEYS = ["name", "price", "stock", "updated"] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export const catalogQuerySchema = catalogFilterSchema.extend({
  connection: optional(z.uuid()),
  sort: z.preprocess(blankToUndefined, z.enum(SORT_KEYS).default("name")),
  dir: z.preprocess(blankToUndefined, z.enum(["asc", "desc"]).default("asc")),
  page: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(100_000).default(1)),
});
export type CatalogQuery = z.infer<typeof catalogQuerySchema>;

/** Search params as Next hands them over: a repeated key keeps its first value. */
export function parseCatalogQuery(params: Record<string, string | string[] | undefined>): CatalogQuery {
  const single = Object.fromEntries(Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]));
  const parsed = catalogQuerySchema.safeParse(single);
  return parsed.success ? parsed.data : catalogQuerySchema.parse({});
}

/** The filter part of a query (what a "select all by filter" selection stores). */
export function filterOf(query: CatalogQuery): CatalogFilter {
  const { connection: _connection, sort: _sort, dir: _dir, page: _page, ...filter } = query;
  return Object.fromEntries(Object.entries(filter).filter(([, value]) => value !== undefined)) as CatalogFilter;
}

/** The URL of the same view with some params changed (undefined removes a param). */
export function catalogHref(query: Partial<CatalogQuery>, changes: Partial<Record<keyof CatalogQuery, string | number | undefined>>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...query, ...changes })) {
    if (value !== undefined && value !== "") params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `/catalog?${text}` : "/catalog";
}
