import { sql } from "drizzle-orm";
import { bigint, boolean, doublePrecision, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { connections } from "./connections";
import { organisations } from "./organisations";

/** `removed`: the product was in an earlier import but Ozon no longer lists it. */
export const ozonProductStatus = pgEnum("ozon_product_status", ["active", "archived", "removed"]);
export const catalogImportStatus = pgEnum("catalog_import_status", ["queued", "running", "succeeded", "failed"]);
export const catalogImportMode = pgEnum("catalog_import_mode", ["full", "incremental"]);

/** Catalogue rows belong to one connection of one organisation, and go with either. */
const connectionScope = () => ({
  organisationId: uuid("organisation_id")
    .notNull()
    .references(() => organisations.id, { onDelete: "cascade" }),
  connectionId: uuid("connection_id")
    .notNull()
    .references(() => connections.id, { onDelete: "cascade" }),
});

/** Per-page counts of one import, keyed by page (`active-3`); summed for the progress panel. */
export type ImportPageCounts = { listed: number; info: number; attributes: number; descriptions: number; prices: number; stocks: number; stored: number; changed: number };

export const catalogImports = pgTable(
  "catalog_imports",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    ...connectionScope(),
    status: catalogImportStatus("status").notNull().default("queued"),
    mode: catalogImportMode("mode").notNull().default("full"),
    /** Ozon's total_items of the active and archived listings, once the first pages are read. */
    expectedTotal: integer("expected_total"),
    /** Page key → counts; written by overwriting the page's key, so a re-run page never counts twice. */
    pages: jsonb("pages").$type<Record<string, ImportPageCounts>>().notNull().default({}),
    removed: integer("removed").notNull().default(0),
    error: text("error"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    startedAt: timestamp("started_at", { withTimezone: true }),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
  },
  (table) => [index("catalog_imports_connection_idx").on(table.connectionId, table.createdAt)],
);

export const ozonProducts = pgTable(
  "ozon_products",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    ...connectionScope(),
    productId: bigint("product_id", { mode: "number" }).notNull(),
    offerId: text("offer_id").notNull(),
    sku: bigint("sku", { mode: "number" }),
    name: text("name").notNull(),
    brand: text("brand"),
    descriptionCategoryId: bigint("description_category_id", { mode: "number" }),
    typeId: bigint("type_id", { mode: "number" }),
    typeName: text("type_name"),
    categoryPath: text("category_path"),
    /** Money in minor units (kopecks); null when Ozon sends none. */
    price: bigint("price", { mode: "number" }),
    oldPrice: bigint("old_price", { mode: "number" }),
    minPrice: bigint("min_price", { mode: "number" }),
    currency: text("currency"),
    vat: text("vat"),
    /** Present minus reserved, summed over FBO and FBS. */
    stockTotal: integer("stock_total").notNull().default(0),
    status: ozonProductStatus("status").notNull().default("active"),
    visibility: text("visibility"),
    ozonStatus: text("ozon_status"),
    modelId: bigint("model_id", { mode: "number" }),
    modelCount: integer("model_count"),
    images: jsonb("images").$type<string[]>().notNull().default([]),
    primaryImage: text("primary_image"),
    barcodes: jsonb("barcodes").$type<string[]>().notNull().default([]),
    attributes: jsonb("attributes").$type<unknown[]>().notNull().default([]),
    complexAttributes: jsonb("complex_attributes").$type<unknown[]>().notNull().default([]),
    depth: doublePrecision("depth"),
    width: doublePrecision("width"),
    height: doublePrecision("height"),
    dimensionUnit: text("dimension_unit"),
    weight: doublePrecision("weight"),
    weightUnit: text("weight_unit"),
    /** The same sizes in mm and g, so filters and the mapper need not convert. */
    depthMm: integer("depth_mm"),
    widthMm: integer("width_mm"),
    heightMm: integer("height_mm"),
    weightG: integer("weight_g"),
    descriptionHtml: text("description_html"),
    onWb: boolean("on_wb").notNull().default(false),
    /** Hash of the card content (info + attributes); an incremental import refetches descriptions only when it changes. */
    contentHash: text("content_hash").notNull(),
    /** Hash of every extracted column but the description: an unchanged row is not rewritten. */
    rowHash: text("row_hash").notNull(),
    /** The Ozon payloads as received: {info, attributes, price, stock}. */
    raw: jsonb("raw").$type<Record<string, unknown>>().notNull(),
    ozonUpdatedAt: timestamp("ozon_updated_at", { withTimezone: true }),
    lastImportId: uuid("last_import_id"),
    importedAt: timestamp("imported_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex("ozon_products_connection_product_uq").on(table.connectionId, table.productId),
    index("ozon_products_org_idx").on(table.organisationId),
    // One index per sort key of /catalog, tie-broken by product_id like the queries.
    index("ozon_products_name_idx").on(table.connectionId, table.name, table.productId),
    index("ozon_products_price_idx").on(table.connectionId, table.price, table.productId),
    index("ozon_products_stock_idx").on(table.connectionId, table.stockTotal, table.productId),
    index("ozon_products_updated_idx").on(table.connectionId, table.updatedAt, table.productId),
    index("ozon_products_brand_idx").on(table.connectionId, table.brand),
    index("ozon_products_type_idx").on(table.connectionId, table.typeId),
    index("ozon_products_import_idx").on(table.connectionId, table.lastImportId),
    // Search: word prefixes of the name (GIN works on PostgreSQL and PGlite; pg_trgm would need an extension) …
    index("ozon_products_search_idx").using("gin", sql`to_tsvector('simple', ${table.name})`),
    // … and offer_id prefixes, case-insensitively.
    index("ozon_products_offer_idx").on(table.connectionId, sql`lower(${table.offerId}) text_pattern_ops`),
  ],
);

export type OzonProductRow = typeof ozonProducts.$inferSelect;
export type NewOzonProductRow = typeof ozonProducts.$inferInsert;
export type CatalogImport = typeof catalogImports.$inferSelect;
