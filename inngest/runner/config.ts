import { z } from "zod";

/**
 * Runner settings, read from an env-like object so lib/env.ts can own the real process.env.
 * RUNNER_TIME_SCALE multiplies every runner-side wait (retry backoff, Retry-After, sleeps,
 * throttle and rate-limit periods) — 1 in production, e.g. 0.001 in tests.
 */
export const runnerConfigSchema = z.object({
  RUNNER_TIME_SCALE: z.coerce.number().positive().max(1000).default(1),
  RUNNER_WORKERS: z.coerce.number().int().min(1).max(256).default(8),
  RUNNER_PORT: z.coerce.number().int().min(0).max(65535).default(8288),
  RUNNER_LEASE_MS: z.coerce.number().int().min(500).default(30_000),
  RUNNER_POLL_MS: z.coerce.number().int().min(10).default(250),
});

export type RunnerSettings = {
  timeScale: number;
  workers: number;
  port: number;
  leaseMs: number;
  pollMs: number;
};

export function runnerSettings(env: Record<string, string | undefined>): RunnerSettings {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ""));
  const parsed = runnerConfigSchema.parse(cleaned);
  return {
    timeScale: parsed.RUNNER_TIME_SCALE,
    workers: parsed.RUNNER_WORKERS,
    port: parsed.RUNNER_PORT,
    leaseMs: parsed.RUNNER_LEASE_MS,
    pollMs: parsed.RUNNER_POLL_MS,
  };
}
