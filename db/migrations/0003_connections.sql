CREATE TYPE "public"."connection_environment" AS ENUM('production', 'sandbox');--> statement-breakpoint
CREATE TYPE "public"."connection_status" AS ENUM('active', 'error');--> statement-breakpoint
CREATE TYPE "public"."marketplace" AS ENUM('ozon', 'wb');--> statement-breakpoint
CREATE TABLE "connections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"marketplace" "marketplace" NOT NULL,
	"environment" "connection_environment" DEFAULT 'production' NOT NULL,
	"name" text NOT NULL,
	"credentials_ciphertext" text NOT NULL,
	"credentials_hint" text NOT NULL,
	"key_version" integer DEFAULT 1 NOT NULL,
	"status" "connection_status" DEFAULT 'active' NOT NULL,
	"seller_name" text,
	"last_checked_at" timestamp with time zone,
	"last_error" text,
	"token_expires_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "connections" ADD CONSTRAINT "connections_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "connections_org_idx" ON "connections" USING btree ("organisation_id","marketplace");