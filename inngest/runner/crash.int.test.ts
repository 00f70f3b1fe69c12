import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import postgres from "postgres";
import { describe, expect, it } from "vitest";

const child = path.join(import.meta.dirname, "testing/crash-child.ts");

function startChild(phase: string, env: NodeJS.ProcessEnv): { process: ChildProcess; output: () => string; exited: Promise<number | null> } {
  const proc = spawn(process.execPath, ["--import", "tsx", child], {
    cwd: path.resolve(import.meta.dirname, "../.."),
    env: { ...env, CRASH_PHASE: phase },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  proc.stdout!.on("data", (chunk) => (output += chunk));
  proc.stderr!.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => proc.on("exit", (code) => resolve(code)));
  return { process: proc, output: () => output, exited };
}

async function waitForOutput(run: ReturnType<typeof startChild>, text: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (!run.output().includes(text)) {
    if (Date.now() > deadline) throw new Error(`Child never printed "${text}":\n${run.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

type Row = Record<string, unknown>;

/** Reads the child's database after it exited: the PGlite directory or the PostgreSQL test database. */
async function query(databaseUrl: string | undefined, dataDir: string, text: string): Promise<Row[]> {
  if (databaseUrl) {
    const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
    try {
      return [...(await sql.unsafe(text))];
    } finally {
      await sql.end();
    }
  }
  const pglite = new PGlite(dataDir);
  try {
    return (await pglite.query<Row>(text)).rows;
  } finally {
    await pglite.close();
  }
}

describe("crash safety", () => {
  it("resumes a run after SIGKILL from its last recorded step; recorded steps never run again", async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), "runner-crash-"));
    const databaseUrl = process.env.DATABASE_URL;
    const env = { ...process.env, PGLITE_DATA_DIR: dataDir, RUNNER_TIME_SCALE: undefined };
    try {
      const first = startChild("1", env);
      await waitForOutput(first, "effect:s3", 30_000);
      first.process.kill("SIGKILL");
      expect(await first.exited).toBeNull();

      const second = startChild("2", env);
      await waitForOutput(second, "resumed:completed", 40_000);
      expect(await second.exited).toBe(0);

      const effects = await query(databaseUrl, dataDir, "select step, phase, count(*)::int as n from runner_crash_effects group by step, phase order by step, phase");
      expect(effects).toEqual([
        { step: "s1", phase: "1", n: 1 },
        { step: "s2", phase: "1", n: 1 },
        // s3 was executing when the process died, so its result was never recorded: it runs again.
        { step: "s3", phase: "1", n: 1 },
        { step: "s3", phase: "2", n: 1 },
        { step: "s4", phase: "2", n: 1 },
      ]);
      const [run] = await query(databaseUrl, dataDir, "select status, output from job_runs where function_id = 'runner-crash-test-crashy'");
      expect(run).toEqual({ status: "completed", output: "survived" });
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 90_000);
});
