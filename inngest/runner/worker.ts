import type { JobRun } from "@/db/schema/jobs";
import { executeRun, type ExecutorDeps } from "./executor";
import { claimRuns, nextDueAt } from "./scheduler";
import { renewLeases } from "./store";

/**
 * Keeps up to `settings.workers` runs executing: claims due runs, renews their leases while they
 * execute, and sleeps until the next run is due, a wake-up (new event) or `pollMs`.
 */
export class WorkerPool {
  private readonly inFlight = new Map<string, Promise<void>>();
  private running = false;
  private loop: Promise<void> | null = null;
  private renewTimer: NodeJS.Timeout | null = null;
  private wakeUp: (() => void) | null = null;
  /** Set by wake(); a wake-up during a claim must not be lost while the loop is not sleeping. */
  private woken = false;

  constructor(
    private readonly deps: ExecutorDeps,
    private readonly appId: string,
  ) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    const { leaseMs } = this.deps.settings;
    this.renewTimer = setInterval(() => {
      renewLeases(this.deps.db, this.deps.owner, [...this.inFlight.keys()], new Date(this.deps.now() + leaseMs)).catch((error) =>
        console.error("[runner] lease renewal failed:", error),
      );
    }, leaseMs / 3);
    this.loop = this.run();
  }

  wake(): void {
    this.woken = true;
    this.wakeUp?.();
  }

  /** Stops claiming and waits for executing runs to let go (they stay resumable either way). */
  async stop(): Promise<void> {
    this.running = false;
    this.wake();
    await this.loop;
    await Promise.allSettled(this.inFlight.values());
    if (this.renewTimer) clearInterval(this.renewTimer);
  }

  private async run(): Promise<void> {
    while (this.running) {
      let delay = this.deps.settings.pollMs;
      this.woken = false;
      try {
        const free = this.deps.settings.workers - this.inFlight.size;
        const claimed = free > 0 ? await this.claim(free) : [];
        if (free > 0 && claimed.length === free) continue;
        const next = await nextDueAt(this.deps.db, this.appId);
        const untilNext = next === null ? delay : next - this.deps.now();
        if (untilNext > 0) delay = Math.min(delay, untilNext);
      } catch (error) {
        console.error("[runner] claiming runs failed:", error);
      }
      if (this.woken) continue;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, delay);
        this.wakeUp = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.wakeUp = null;
    }
  }

  private async claim(limit: number): Promise<JobRun[]> {
    const claimed = await claimRuns(this.deps.db, {
      appId: this.appId,
      owner: this.deps.owner,
      now: this.deps.now(),
      leaseMs: this.deps.settings.leaseMs,
      limit,
    });
    for (const run of claimed) {
      const execution = executeRun(this.deps, run)
        .catch(() => {
          // Logged by the executor; the run resumes when its lease expires.
        })
        .finally(() => {
          this.inFlight.delete(run.id);
          this.wake();
        });
      this.inFlight.set(run.id, execution);
    }
    return claimed;
  }
}
