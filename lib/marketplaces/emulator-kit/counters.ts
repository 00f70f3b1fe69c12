import type { FaultKind } from "./faults";

/** What the control API reports: requests per method and how many were refused with 429. */
export interface EmulatorStats {
  requests: Record<string, number>;
  throttledByMethod: Record<string, number>;
  throttled: number;
  faults: Record<FaultKind, number>;
}

export class RequestCounters {
  private requests = new Map<string, number>();
  private throttledByMethod = new Map<string, number>();

  record(methodKey: string): void {
    this.requests.set(methodKey, (this.requests.get(methodKey) ?? 0) + 1);
  }

  recordThrottled(methodKey: string): void {
    this.throttledByMethod.set(methodKey, (this.throttledByMethod.get(methodKey) ?? 0) + 1);
  }

  snapshot(faults: Record<FaultKind, number>): EmulatorStats {
    const throttledByMethod = Object.fromEntries(this.throttledByMethod);
    return {
      requests: Object.fromEntries(this.requests),
      throttledByMethod,
      throttled: Object.values(throttledByMethod).reduce((sum, n) => sum + n, 0),
      faults: { ...faults },
    };
  }

  reset(faults: Record<FaultKind, number>): void {
    this.requests.clear();
    this.throttledByMethod.clear();
    for (const key of Object.keys(faults) as FaultKind[]) faults[key] = 0;
  }
}
