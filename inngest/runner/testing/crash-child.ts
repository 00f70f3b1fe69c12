/**
 * Child process of crash.int.test.ts: a real serve handler and runner on the database from the
 * environment. CRASH_PHASE=1 sends the event and hangs inside step s3 (the test SIGKILLs it there);
 * CRASH_PHASE=2 resumes, waits for the run to finish and exits.
 */
import { eq, sql } from "drizzle-orm";
import { closeDatabase, ensureEmbeddedDatabaseReady, getDb } from "@/db/client";
import { jobRuns } from "@/db/schema/jobs";
import { startTestApp, waitFor } from "./harness";

const crashAppId = "runner-crash-test";
const phase = process.env.CRASH_PHASE;
const db = getDb();
await ensureEmbeddedDatabaseReady();
await db.execute(sql`create table if not exists runner_crash_effects (step text not null, phase text not null)`);

const effect = async (step: string) => {
  await db.execute(sql`insert into runner_crash_effects (step, phase) values (${step}, ${phase})`);
  console.log(`effect:${step}`);
};

const app = await startTestApp(
  db,
  crashAppId,
  (client) => [
    client.createFunction({ id: "crashy", triggers: { event: "crash/start" } }, async ({ step }) => {
      await step.run("s1", () => effect("s1"));
      await step.run("s2", () => effect("s2"));
      await step.run("s3", async () => {
        await effect("s3");
        if (phase === "1") await new Promise((resolve) => setTimeout(resolve, 60_000));
      });
      await step.run("s4", () => effect("s4"));
      return "survived";
    }),
  ],
  { timeScale: 0.001, leaseMs: 1000 },
);

if (phase === "1") {
  await app.client.send({ name: "crash/start", data: {} });
} else {
  const runOf = () => db.select().from(jobRuns).where(eq(jobRuns.functionId, `${crashAppId}-crashy`));
  await waitFor(async () => (await runOf())[0]?.status === "completed", 20_000, "the resumed run");
  await app.stop();
  await closeDatabase();
  console.log("resumed:completed");
  process.exit(0);
}
