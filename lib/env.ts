import { z } from "zod";

/**
 * The only reader of process.env. Everything is parsed once, lazily (so `next build` never needs
 * production secrets), and start-up calls `getEnv()` so a bad value stops the app with a message
 * naming the variable.
 */
const optionalUrl = z.url({ message: "must be an absolute URL, e.g. https://example.com" }).optional();
const aesKey = z
  .string()
  .regex(/^[0-9a-fA-F]{64}$/, { message: "must be 64 hex characters (32 bytes): openssl rand -hex 32" })
  .optional();
const emptyAsUndefined = (value: unknown) => (value === "" ? undefined : value);

export const envSchema = z
  .object({
    APP_ENV: z.enum(["local", "production"], { message: "must be 'local' or 'production'" }).default("local"),
    PORT: z.coerce.number({ message: "must be a port number" }).int().min(1).max(65535).default(3000),
    APP_URL: optionalUrl,
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, { message: "must be a postgres:// or postgresql:// connection URL" })
      .optional(),
    PGLITE_DATA_DIR: z.string().min(1).default(".data/pglite"),
    BETTER_AUTH_SECRET: z.string().min(32, { message: "must be at least 32 characters (openssl rand -hex 32)" }).optional(),
    ENCRYPTION_KEY: aesKey,
    // The key before the last rotation: stored credentials encrypted with it stay readable until re-encrypted.
    ENCRYPTION_KEY_PREVIOUS: aesKey,
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\//, { message: "must be an smtp:// or smtps:// URL, e.g. smtp://user:pass@host:587" })
      .optional(),
    MAIL_FROM: z.string().min(3).default("CardPort <no-reply@cardport.local>"),
    OZON_API_URL: optionalUrl,
    WB_API_URL: optionalUrl,
    WB_CONTENT_API_URL: optionalUrl,
    WB_PRICES_API_URL: optionalUrl,
    WB_MARKETPLACE_API_URL: optionalUrl,
    WB_COMMON_API_URL: optionalUrl,
    STRIPE_SECRET_KEY: z.string().startsWith("sk_", { message: "must start with sk_" }).optional(),
    STRIPE_WEBHOOK_SECRET: z.string().startsWith("whsec_", { message: "must start with whsec_" }).optional(),
    STRIPE_API_URL: optionalUrl,
    INNGEST_EVENT_KEY: z.string().min(1).optional(),
    INNGEST_SIGNING_KEY: z.string().min(1).optional(),
    INNGEST_DEV: z.string().min(1).optional(),
    // The built-in job runner (used when neither Inngest keys nor INNGEST_DEV are set).
    RUNNER_TIME_SCALE: z.coerce.number({ message: "must be a number" }).positive().max(1000).default(1),
    RUNNER_WORKERS: z.coerce.number({ message: "must be a whole number" }).int().min(1).max(256).default(8),
    RUNNER_PORT: z.coerce.number({ message: "must be a port number" }).int().min(0).max(65535).default(8288),
    RUNNER_LEASE_MS: z.coerce.number({ message: "must be milliseconds" }).int().min(500).default(30_000),
    RUNNER_POLL_MS: z.coerce.number({ message: "must be milliseconds" }).int().min(10).default(250),
    // Where the marketplace reference data and specifications live (emulators, contract tests).
    REFERENCE_DATA_DIR: z.string().min(1).optional(),
    REFERENCE_SPECS_DIR: z.string().min(1).optional(),
  })
  .superRefine((env, ctx) => {
    if (env.APP_ENV !== "production") return;
    // A production deployment must not fall back to generated secrets, an embedded database or the outbox.
    const required = ["DATABASE_URL", "BETTER_AUTH_SECRET", "ENCRYPTION_KEY", "SMTP_URL", "APP_URL"] as const;
    for (const key of required) {
      if (!env[key]) ctx.addIssue({ code: "custom", path: [key], message: "is required when APP_ENV=production" });
    }
  });

export type Env = z.infer<typeof envSchema>;

export class EnvError extends Error {
  constructor(public readonly issues: string[]) {
    super(`Invalid environment configuration:\n${issues.map((issue) => `  - ${issue}`).join("\n")}`);
    this.name = "EnvError";
  }
}

/** Parses an env-like object; throws EnvError listing every bad variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const cleaned = Object.fromEntries(Object.entries(source).map(([key, value]) => [key, emptyAsUndefined(value)]));
  const result = envSchema.safeParse(cleaned);
  if (!result.success) {
    throw new EnvError(result.error.issues.map((issue) => `${issue.path.join(".") || "env"} ${issue.message}`));
  }
  return result.data;
}

let cached: Env | undefined;

export function getEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** The public base URL of the app (links in e-mails, callbacks). */
export function appUrl(env: Env = getEnv()): string {
  return (env.APP_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, "");
}

export function isProduction(env: Env = getEnv()): boolean {
  return env.APP_ENV === "production";
}
