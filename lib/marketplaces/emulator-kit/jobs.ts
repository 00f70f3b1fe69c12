/**
 * Delayed background work (WB card creation, price tasks, photo downloads). Timers do not keep
 * the process alive, `whenIdle()` lets tests wait for the queue, `cancelAll()` runs on close.
 */
export class JobQueue {
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly running = new Set<Promise<void>>();

  schedule(delayMs: number, job: () => void | Promise<void>): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      const run = Promise.resolve()
        .then(job)
        .catch((error: unknown) => console.error("emulator job failed", error))
        .finally(() => this.running.delete(run));
      this.running.add(run);
    }, Math.max(0, delayMs));
    timer.unref();
    this.timers.add(timer);
  }

  get pending(): number {
    return this.timers.size + this.running.size;
  }

  async whenIdle(pollMs = 5): Promise<void> {
    while (this.pending > 0) {
      await Promise.all(this.running);
      if (this.timers.size > 0) await new Promise((resolve) => setTimeout(resolve, pollMs));
    }
  }

  cancelAll(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }
}
