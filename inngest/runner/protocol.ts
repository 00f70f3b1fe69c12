import { z } from "zod";

/*
 * The wire formats of the Inngest SDK protocol as the runner sees them (see
 * /work/shared/INNGEST-PROTOCOL.md). Everything the SDK answers is parsed here before use.
 */

export const headers = {
  syncKind: "x-inngest-sync-kind",
  noRetry: "x-inngest-no-retry",
  retryAfter: "retry-after",
  requestVersion: "x-inngest-req-version",
  eventIdSeed: "x-inngest-event-id-seed",
} as const;

export const failedEventName = "inngest/function.failed";
export const cronEventName = "inngest/scheduled.timer";

const concurrencyOptionSchema = z.object({
  limit: z.number().int(),
  key: z.string().optional(),
  scope: z.enum(["fn", "env", "account"]).optional(),
});

export const triggerSchema = z.union([
  z.object({ event: z.string().min(1), expression: z.string().optional() }),
  z.object({ cron: z.string().min(1), jitter: z.string().optional() }),
]);

/** A function as the SDK describes it when synced; unknown options are kept but ignored. */
export const functionConfigSchema = z.looseObject({
  id: z.string().min(1),
  name: z.string().optional(),
  triggers: z.array(triggerSchema),
  steps: z.record(
    z.string(),
    z.looseObject({
      id: z.string(),
      runtime: z.looseObject({ type: z.string(), url: z.url() }),
      retries: z.looseObject({ attempts: z.number().int().min(0).optional() }).optional(),
    }),
  ),
  idempotency: z.string().optional(),
  rateLimit: z.object({ key: z.string().optional(), limit: z.number().int().positive(), period: z.string() }).optional(),
  throttle: z
    .object({ key: z.string().optional(), limit: z.number().int().positive(), period: z.string(), burst: z.number().int().min(0).optional() })
    .optional(),
  concurrency: z.union([z.number().int(), concurrencyOptionSchema, z.array(concurrencyOptionSchema)]).optional(),
  cancel: z.array(z.object({ event: z.string(), if: z.string().optional(), timeout: z.string().optional() })).optional(),
});
export type FunctionConfig = z.infer<typeof functionConfigSchema>;

export const inBandSyncResponseSchema = z.looseObject({
  app_id: z.string().min(1),
  url: z.string(),
  functions: z.array(functionConfigSchema),
});

/** An event as `inngest.send()` posts it. */
export const incomingEventSchema = z.looseObject({
  name: z.string().min(1),
  data: z.record(z.string(), z.unknown()).default({}),
  id: z.string().min(1).optional(),
  ts: z.number().optional(),
  user: z.unknown().optional(),
  v: z.string().optional(),
});
export type IncomingEvent = z.input<typeof incomingEventSchema>;
/** A stored event, always with its id and timestamp. */
export type RunnerEvent = z.infer<typeof incomingEventSchema> & { id: string; ts: number };

export const serializedErrorSchema = z.looseObject({
  name: z.string().default("Error"),
  message: z.string().default("Unknown error"),
  stack: z.string().optional(),
});
export type SerializedError = z.infer<typeof serializedErrorSchema>;

/** One op of a 206 answer. */
export const opSchema = z.looseObject({
  id: z.string().min(1),
  op: z.string().min(1),
  name: z.string().optional(),
  displayName: z.string().optional(),
  opts: z.unknown().optional(),
  data: z.unknown().optional(),
  error: z.unknown().optional(),
});
export type Op = z.infer<typeof opSchema>;
export const opsSchema = z.union([z.array(opSchema), opSchema.transform((op) => [op])]);

/** A memoized step as the SDK expects it back in `steps`. */
export type MemoizedStep = { data: unknown } | { error: SerializedError };

/** The body of a call to the serve endpoint (execution version 2). */
export type CallBody = {
  event: Record<string, unknown>;
  events: Record<string, unknown>[];
  steps: Record<string, MemoizedStep>;
  version: 2;
  ctx: {
    run_id: string;
    attempt: number;
    max_attempts: number;
    disable_immediate_execution: boolean;
    use_api: false;
    stack: { stack: string[]; current: number };
  };
};

/** Turns whatever the SDK put in an error field into the {name, message, stack} shape it reads back. */
export function toSerializedError(value: unknown): SerializedError {
  const parsed = serializedErrorSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  return { name: "Error", message: typeof value === "string" ? value : JSON.stringify(value ?? null) };
}

/** The step URL of a function config with the stepId query set. */
export function stepUrl(config: FunctionConfig, stepId: string): string {
  const runtimeUrl = Object.values(config.steps)[0]?.runtime.url;
  if (!runtimeUrl) throw new Error(`Function ${config.id} has no step runtime URL`);
  const url = new URL(runtimeUrl);
  url.searchParams.set("stepId", stepId);
  return url.toString();
}

/** Attempts per step: the SDK reports `retries.attempts` retries (default 4 → 5 attempts). */
export function maxAttemptsOf(config: FunctionConfig): number {
  const retries = Object.values(config.steps)[0]?.retries?.attempts;
  return Math.min(retries ?? 4, 20) + 1;
}
