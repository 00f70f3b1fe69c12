import type { Database } from "@/db/client";
import type { RunnerSettings } from "./config";

/** What every runner module needs: the database, the settings, a clock and a way to wake the workers. */
export type RunnerContext = {
  db: Database;
  settings: RunnerSettings;
  now: () => number;
  /** Called when new work became due, so idle workers poll at once instead of after `pollMs`. */
  wake: () => void;
};
