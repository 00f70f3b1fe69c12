import { bigint, boolean, index, integer, jsonb, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";

/*
 * Tables of the built-in Inngest-protocol runner (inngest/runner). Inngest Cloud keeps the same
 * state on its side; these are used only when CardPort runs its own functions on one machine.
 */

/** A function learnt from the app's serve endpoint by an in-band sync; `config` is the SDK's own JSON. */
export const jobFunctions = pgTable("job_functions", {
  id: text("id").primaryKey(),
  appId: text("app_id").notNull(),
  name: text("name").notNull(),
  config: jsonb("config").$type<Record<string, unknown>>().notNull(),
  active: boolean("active").notNull().default(true),
  syncedAt: timestamp("synced_at", { withTimezone: true }).notNull().defaultNow(),
});

/** Every event accepted by the intake; the id doubles as the 24 h dedupe key. */
export const jobEvents = pgTable(
  "job_events",
  {
    id: text("id").primaryKey(),
    name: text("name").notNull(),
    payload: jsonb("payload").$type<Record<string, unknown>>().notNull(),
    receivedAt: timestamp("received_at", { withTimezone: true }).notNull(),
  },
  (table) => [index("job_events_received_idx").on(table.receivedAt), index("job_events_name_idx").on(table.name)],
);

/**
 * One function run. A worker owns it while `lease_owner` is set and `lease_expires_at` is in the
 * future; a crashed worker's lease simply expires and another worker resumes from the memoized steps.
 * `plan` holds step calls and sleeps that are due at their own times (parallel steps, retries).
 */
export const jobRuns = pgTable(
  "job_runs",
  {
    id: text("id").primaryKey(),
    seq: bigint("seq", { mode: "number" }).generatedAlwaysAsIdentity(),
    appId: text("app_id").notNull(),
    functionId: text("function_id").notNull(),
    eventId: text("event_id").notNull(),
    event: jsonb("event").$type<Record<string, unknown>>().notNull(),
    status: text("status", { enum: ["queued", "running", "sleeping", "completed", "failed", "cancelled"] }).notNull(),
    attempt: integer("attempt").notNull().default(0),
    maxAttempts: integer("max_attempts").notNull(),
    plan: jsonb("plan").$type<unknown[]>().notNull().default([]),
    disableImmediateExecution: boolean("disable_immediate_execution").notNull().default(false),
    concurrencyKey: text("concurrency_key"),
    scheduledAt: timestamp("scheduled_at", { withTimezone: true }).notNull(),
    leaseOwner: text("lease_owner"),
    leaseExpiresAt: timestamp("lease_expires_at", { withTimezone: true }),
    lastError: jsonb("last_error").$type<Record<string, unknown>>(),
    output: jsonb("output"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    startedAt: timestamp("started_at", { withTimezone: true }),
    endedAt: timestamp("ended_at", { withTimezone: true }),
  },
  (table) => [
    index("job_runs_due_idx").on(table.appId, table.status, table.scheduledAt, table.seq),
    index("job_runs_function_idx").on(table.functionId, table.createdAt),
    index("job_runs_lease_idx").on(table.functionId, table.concurrencyKey, table.leaseExpiresAt),
  ],
);

/** Memoized step results, keyed by the SDK's hashed op id; `seq` gives the completion order (the stack). */
export const jobSteps = pgTable(
  "job_steps",
  {
    runId: text("run_id")
      .notNull()
      .references(() => jobRuns.id, { onDelete: "cascade" }),
    stepId: text("step_id").notNull(),
    seq: bigint("seq", { mode: "number" }).generatedAlwaysAsIdentity(),
    name: text("name"),
    op: text("op").notNull(),
    data: jsonb("data"),
    error: jsonb("error").$type<Record<string, unknown>>(),
    attempts: integer("attempts").notNull().default(1),
    completedAt: timestamp("completed_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.runId, table.stepId] })],
);

/** GCRA state (theoretical arrival time) per throttle or rate-limit key. */
export const jobFlowState = pgTable("job_flow_state", {
  key: text("key").primaryKey(),
  tat: timestamp("tat", { withTimezone: true, precision: 3 }).notNull(),
});

/** Idempotency keys: one run per function and key until `expires_at`. */
export const jobIdempotencyKeys = pgTable("job_idempotency_keys", {
  key: text("key").primaryKey(),
  runId: text("run_id").notNull(),
  expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
});

/** The next fire time of each cron trigger. */
export const jobCronSchedules = pgTable(
  "job_cron_schedules",
  {
    appId: text("app_id").notNull(),
    functionId: text("function_id").notNull(),
    cron: text("cron").notNull(),
    nextFireAt: timestamp("next_fire_at", { withTimezone: true }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.functionId, table.cron] })],
);

export type JobRun = typeof jobRuns.$inferSelect;
export type JobStep = typeof jobSteps.$inferSelect;
export type JobFunction = typeof jobFunctions.$inferSelect;
