/**
 * One knob that compresses every limit and delay of an emulator: at scale 100 buckets refill
 * 100× faster and asynchronous work (card creation, price tasks) finishes 100× sooner.
 */
export class TimeScale {
  private factor: number;

  constructor(factor = 1) {
    this.factor = TimeScale.check(factor);
  }

  get value(): number {
    return this.factor;
  }

  set(factor: number): void {
    this.factor = TimeScale.check(factor);
  }

  /** Real milliseconds for a marketplace duration of `ms`. */
  scaled(ms: number): number {
    return ms / this.factor;
  }

  private static check(factor: number): number {
    if (!Number.isFinite(factor) || factor <= 0) throw new Error(`time scale must be a positive number, got ${factor}`);
    return factor;
  }
}
