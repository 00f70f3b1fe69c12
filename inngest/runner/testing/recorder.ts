/** Counts what test functions did, with timestamps, so tests can assert exactly-once and timing. */
export function createRecorder() {
  const calls: { name: string; at: number }[] = [];
  return {
    calls,
    hit(name: string): number {
      calls.push({ name, at: Date.now() });
      return calls.filter((call) => call.name === name).length;
    },
    count: (name: string) => calls.filter((call) => call.name === name).length,
    times: (name: string) => calls.filter((call) => call.name === name).map((call) => call.at),
  };
}
export type Recorder = ReturnType<typeof createRecorder>;
