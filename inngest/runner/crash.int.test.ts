import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { queryDatabase, startTsxChild } from "@/db/testing/crash-harness";

const child = path.join(import.meta.dirname, "testing/crash-child.ts");

const startChild = (phase: string, env: NodeJS.ProcessEnv) => startTsxChild(child, { ...env, CRASH_PHASE: phase });

describe("crash safety", () => {
  it("resumes a run after SIGKILL from its last recorded step; recorded steps never run again", async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), "runner-crash-"));
    const databaseUrl = process.env.DATABASE_URL;
    const env = { ...process.env, PGLITE_DATA_DIR: dataDir, RUNNER_TIME_SCALE: undefined };
    try {
      const first = startChild("1", env);
      await first.waitFor("effect:s3", 30_000);
      first.process.kill("SIGKILL");
      expect(await first.exited).toBeNull();

      const second = startChild("2", env);
      await second.waitFor("resumed:completed", 40_000);
      expect(await second.exited).toBe(0);

      const effects = await queryDatabase(databaseUrl, dataDir, "select step, phase, count(*)::int as n from runner_crash_effects group by step, phase order by step, phase");
      expect(effects).toEqual([
        { step: "s1", phase: "1", n: 1 },
        { step: "s2", phase: "1", n: 1 },
        // s3 was executing when the process died, so its result was never recorded: it runs again.
        { step: "s3", phase: "1", n: 1 },
        { step: "s3", phase: "2", n: 1 },
        { step: "s4", phase: "2", n: 1 },
      ]);
      const [run] = await queryDatabase(databaseUrl, dataDir, "select status, output from job_runs where function_id = 'runner-crash-test-crashy'");
      expect(run).toEqual({ status: "completed", output: "survived" });
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 90_000);
});
