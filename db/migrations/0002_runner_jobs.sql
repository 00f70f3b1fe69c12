CREATE TABLE "job_cron_schedules" (
	"app_id" text NOT NULL,
	"function_id" text NOT NULL,
	"cron" text NOT NULL,
	"next_fire_at" timestamp with time zone NOT NULL,
	CONSTRAINT "job_cron_schedules_function_id_cron_pk" PRIMARY KEY("function_id","cron")
);
--> statement-breakpoint
CREATE TABLE "job_events" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"payload" jsonb NOT NULL,
	"received_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "job_flow_state" (
	"key" text PRIMARY KEY NOT NULL,
	"tat" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "job_functions" (
	"id" text PRIMARY KEY NOT NULL,
	"app_id" text NOT NULL,
	"name" text NOT NULL,
	"config" jsonb NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"synced_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "job_idempotency_keys" (
	"key" text PRIMARY KEY NOT NULL,
	"run_id" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "job_runs" (
	"id" text PRIMARY KEY NOT NULL,
	"seq" bigint GENERATED ALWAYS AS IDENTITY (sequence name "job_runs_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"app_id" text NOT NULL,
	"function_id" text NOT NULL,
	"event_id" text NOT NULL,
	"event" jsonb NOT NULL,
	"status" text NOT NULL,
	"attempt" integer DEFAULT 0 NOT NULL,
	"max_attempts" integer NOT NULL,
	"plan" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"disable_immediate_execution" boolean DEFAULT false NOT NULL,
	"concurrency_key" text,
	"scheduled_at" timestamp with time zone NOT NULL,
	"lease_owner" text,
	"lease_expires_at" timestamp with time zone,
	"last_error" jsonb,
	"output" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp with time zone,
	"ended_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "job_steps" (
	"run_id" text NOT NULL,
	"step_id" text NOT NULL,
	"seq" bigint GENERATED ALWAYS AS IDENTITY (sequence name "job_steps_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"name" text,
	"op" text NOT NULL,
	"data" jsonb,
	"error" jsonb,
	"attempts" integer DEFAULT 1 NOT NULL,
	"completed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "job_steps_run_id_step_id_pk" PRIMARY KEY("run_id","step_id")
);
--> statement-breakpoint
ALTER TABLE "job_steps" ADD CONSTRAINT "job_steps_run_id_job_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."job_runs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "job_events_received_idx" ON "job_events" USING btree ("received_at");--> statement-breakpoint
CREATE INDEX "job_events_name_idx" ON "job_events" USING btree ("name");--> statement-breakpoint
CREATE INDEX "job_runs_due_idx" ON "job_runs" USING btree ("app_id","status","scheduled_at","seq");--> statement-breakpoint
CREATE INDEX "job_runs_function_idx" ON "job_runs" USING btree ("function_id","created_at");--> statement-breakpoint
CREATE INDEX "job_runs_lease_idx" ON "job_runs" USING btree ("function_id","concurrency_key","lease_expires_at");