/**
 * How the Inngest client connects, by mode:
 * - INNGEST_DEV=<url|1>: the Inngest dev server (at that URL, or the SDK's default).
 * - INNGEST_EVENT_KEY / INNGEST_SIGNING_KEY: Inngest Cloud or a self-hosted Inngest server
 *   (INNGEST_BASE_URL, read by the SDK, points at a self-hosted one).
 * - neither: the built-in runner (inngest/runner) on this machine, which has no checkpoint API.
 */
export type InngestModeEnv = {
  INNGEST_EVENT_KEY?: string;
  INNGEST_SIGNING_KEY?: string;
  INNGEST_DEV?: string;
  RUNNER_PORT?: number;
};

export type InngestConnection =
  | { mode: "runner"; isDev: true; baseUrl: string; checkpointing: false }
  | { mode: "dev"; isDev: true; baseUrl?: string }
  | { mode: "cloud"; isDev: false; eventKey?: string; signingKey?: string };

export function inngestConnection(env: InngestModeEnv): InngestConnection {
  if (env.INNGEST_DEV) {
    const isUrl = /^https?:\/\//.test(env.INNGEST_DEV);
    return { mode: "dev", isDev: true, ...(isUrl ? { baseUrl: env.INNGEST_DEV } : {}) };
  }
  if (env.INNGEST_EVENT_KEY || env.INNGEST_SIGNING_KEY) {
    return { mode: "cloud", isDev: false, eventKey: env.INNGEST_EVENT_KEY, signingKey: env.INNGEST_SIGNING_KEY };
  }
  return { mode: "runner", isDev: true, baseUrl: `http://127.0.0.1:${env.RUNNER_PORT ?? 8288}/`, checkpointing: false };
}
