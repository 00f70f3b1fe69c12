import { existsSync, readFileSync, rmSync } from "node:fs";
import { stateFile } from "./fixtures";

export default async function globalTeardown() {
  if (existsSync(stateFile)) {
    const { pid } = JSON.parse(readFileSync(stateFile, "utf8")) as { pid?: number };
    if (pid) {
      try {
        process.kill(pid, "SIGTERM");
      } catch {
        // already gone
      }
    }
    rmSync(stateFile);
  }
  // Give the server a moment to release its connections before the database is dropped.
  await new Promise((resolve) => setTimeout(resolve, 500));
  await globalThis.__cardportE2eDrop?.();
}
