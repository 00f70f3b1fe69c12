import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { jobFlowState } from "@/db/schema/jobs";

/**
 * Runs `step` on the locked TAT of one throttle/rate-limit key (row lock, so concurrent intakes on
 * PostgreSQL queue up) and stores the TAT it returns. Must run inside a transaction.
 */
export async function withGcraState(
  tx: Database,
  key: string,
  step: (tat: number | null) => { tat: number | null },
): Promise<void> {
  await tx.insert(jobFlowState).values({ key, tat: new Date(0) }).onConflictDoNothing();
  const [row] = await tx.select().from(jobFlowState).where(eq(jobFlowState.key, key)).for("update");
  const stored = row && row.tat.getTime() > 0 ? row.tat.getTime() : null;
  const next = step(stored);
  if (next.tat !== null && next.tat !== stored) {
    await tx.update(jobFlowState).set({ tat: new Date(next.tat) }).where(eq(jobFlowState.key, key));
  }
}
