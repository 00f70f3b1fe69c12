CREATE TYPE "public"."catalog_import_mode" AS ENUM('full', 'incremental');--> statement-breakpoint
CREATE TYPE "public"."catalog_import_status" AS ENUM('queued', 'running', 'succeeded', 'failed');--> statement-breakpoint
CREATE TYPE "public"."ozon_product_status" AS ENUM('active', 'archived', 'removed');--> statement-breakpoint
CREATE TABLE "catalog_imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"connection_id" uuid NOT NULL,
	"status" "catalog_import_status" DEFAULT 'queued' NOT NULL,
	"mode" "catalog_import_mode" DEFAULT 'full' NOT NULL,
	"expected_total" integer,
	"pages" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"removed" integer DEFAULT 0 NOT NULL,
	"error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "ozon_products" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"connection_id" uuid NOT NULL,
	"product_id" bigint NOT NULL,
	"offer_id" text NOT NULL,
	"sku" bigint,
	"name" text NOT NULL,
	"brand" text,
	"description_category_id" bigint,
	"type_id" bigint,
	"type_name" text,
	"category_path" text,
	"price" bigint,
	"old_price" bigint,
	"min_price" bigint,
	"currency" text,
	"vat" text,
	"stock_total" integer DEFAULT 0 NOT NULL,
	"status" "ozon_product_status" DEFAULT 'active' NOT NULL,
	"visibility" text,
	"ozon_status" text,
	"model_id" bigint,
	"model_count" integer,
	"images" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"primary_image" text,
	"barcodes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"attributes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"complex_attributes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"depth" double precision,
	"width" double precision,
	"height" double precision,
	"dimension_unit" text,
	"weight" double precision,
	"weight_unit" text,
	"depth_mm" integer,
	"width_mm" integer,
	"height_mm" integer,
	"weight_g" integer,
	"description_html" text,
	"on_wb" boolean DEFAULT false NOT NULL,
	"content_hash" text NOT NULL,
	"row_hash" text NOT NULL,
	"raw" jsonb NOT NULL,
	"ozon_updated_at" timestamp with time zone,
	"last_import_id" uuid,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "catalog_imports" ADD CONSTRAINT "catalog_imports_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalog_imports" ADD CONSTRAINT "catalog_imports_connection_id_connections_id_fk" FOREIGN KEY ("connection_id") REFERENCES "public"."connections"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ozon_products" ADD CONSTRAINT "ozon_products_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ozon_products" ADD CONSTRAINT "ozon_products_connection_id_connections_id_fk" FOREIGN KEY ("connection_id") REFERENCES "public"."connections"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "catalog_imports_connection_idx" ON "catalog_imports" USING btree ("connection_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "ozon_products_connection_product_uq" ON "ozon_products" USING btree ("connection_id","product_id");--> statement-breakpoint
CREATE INDEX "ozon_products_org_idx" ON "ozon_products" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "ozon_products_name_idx" ON "ozon_products" USING btree ("connection_id","name","product_id");--> statement-breakpoint
CREATE INDEX "ozon_products_price_idx" ON "ozon_products" USING btree ("connection_id","price","product_id");--> statement-breakpoint
CREATE INDEX "ozon_products_stock_idx" ON "ozon_products" USING btree ("connection_id","stock_total","product_id");--> statement-breakpoint
CREATE INDEX "ozon_products_updated_idx" ON "ozon_products" USING btree ("connection_id","updated_at","product_id");--> statement-breakpoint
CREATE INDEX "ozon_products_brand_idx" ON "ozon_products" USING btree ("connection_id","brand");--> statement-breakpoint
CREATE INDEX "ozon_products_type_idx" ON "ozon_products" USING btree ("connection_id","type_id");--> statement-breakpoint
CREATE INDEX "ozon_products_import_idx" ON "ozon_products" USING btree ("connection_id","last_import_id");--> statement-breakpoint
CREATE INDEX "ozon_products_search_idx" ON "ozon_products" USING gin (to_tsvector('simple', "name"));--> statement-breakpoint
CREATE INDEX "ozon_products_offer_idx" ON "ozon_products" USING btree ("connection_id",lower("offer_id") text_pattern_ops);