import type { Env } from "@/lib/env";

/**
 * Runner settings from the validated environment (lib/env.ts owns RUNNER_*). RUNNER_TIME_SCALE
 * multiplies every runner-side wait (retry backoff, Retry-After, sleeps, throttle and rate-limit
 * periods): 1 in production, e.g. 0.001 in tests.
 */
export type RunnerSettings = {
  timeScale: number;
  workers: number;
  port: number;
  leaseMs: number;
  pollMs: number;
};

export function runnerSettings(env: Env): RunnerSettings {
  return {
    timeScale: env.RUNNER_TIME_SCALE,
    workers: env.RUNNER_WORKERS,
    port: env.RUNNER_PORT,
    leaseMs: env.RUNNER_LEASE_MS,
    pollMs: env.RUNNER_POLL_MS,
  };
}
