import type { StepRunner } from "../import";

/** Runs each step at once, the way the Inngest function does on its first, uninterrupted attempt. */
export const runDirectly: StepRunner = (_id, fn) => fn();
