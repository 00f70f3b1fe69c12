import type { Clock } from "../clock";

interface Timer {
  at: number;
  seq: number;
  resolve: () => void;
}

const flushMicrotasks = async () => {
  // Several macrotask turns: response bodies are read through a few promise hops.
  for (let i = 0; i < 5; i += 1) await new Promise<void>((resolve) => setImmediate(resolve));
};

/**
 * A virtual clock: `sleep` parks a timer and `run` fires timers in time order whenever the code
 * under test is idle, so minutes of throttling take milliseconds and the waits can be asserted.
 */
export class FakeClock implements Clock {
  private time = 0;
  private seq = 0;
  private timers: Timer[] = [];
  readonly sleeps: number[] = [];

  now(): number {
    return this.time;
  }

  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    this.sleeps.push(ms);
    return new Promise<void>((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const timer: Timer = { at: this.time + Math.max(0, ms), seq: this.seq++, resolve };
      this.timers.push(timer);
      signal?.addEventListener(
        "abort",
        () => {
          this.timers = this.timers.filter((t) => t !== timer);
          reject(signal.reason);
        },
        { once: true },
      );
    });
  }

  /** Drives the clock until `work` settles; fails if it waits on something other than the clock. */
  async run<T>(work: Promise<T>): Promise<T> {
    let settled = false;
    work.then(
      () => (settled = true),
      () => (settled = true),
    );
    for (;;) {
      await flushMicrotasks();
      if (settled) return work;
      const next = this.timers.sort((a, b) => a.at - b.at || a.seq - b.seq).shift();
      if (!next) throw new Error("FakeClock: work is stuck waiting on something other than the clock");
      this.time = Math.max(this.time, next.at);
      next.resolve();
    }
  }
}
