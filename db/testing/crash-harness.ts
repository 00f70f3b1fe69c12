import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import postgres from "postgres";

/*
 * Shared by the crash tests: run a TypeScript child process that the test can SIGKILL, watch what it
 * prints, and afterwards read the database it used.
 */
export type TsxChild = {
  process: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
  waitFor: (pattern: RegExp | string, timeoutMs: number) => Promise<void>;
};

const repoRoot = path.resolve(import.meta.dirname, "../..");

export function startTsxChild(script: string, env: NodeJS.ProcessEnv): TsxChild {
  const proc = spawn(process.execPath, ["--import", "tsx", script], { cwd: repoRoot, env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  proc.stdout!.on("data", (chunk) => (output += chunk));
  proc.stderr!.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => proc.on("exit", (code) => resolve(code)));
  const seen = (pattern: RegExp | string) => (typeof pattern === "string" ? output.includes(pattern) : pattern.test(output));
  const waitFor = async (pattern: RegExp | string, timeoutMs: number) => {
    const deadline = Date.now() + timeoutMs;
    while (!seen(pattern)) {
      if (Date.now() > deadline) throw new Error(`Child never printed ${pattern}:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  };
  return { process: proc, output: () => output, exited, waitFor };
}

/** Reads the child's database after it exited: a PostgreSQL database, or its PGlite directory. */
export async function queryDatabase(databaseUrl: string | undefined, dataDir: string, text: string): Promise<Array<Record<string, unknown>>> {
  if (databaseUrl) {
    const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
    try {
      return [...(await sql.unsafe(text))];
    } finally {
      await sql.end();
    }
  }
  const pglite = new PGlite(dataDir);
  try {
    return (await pglite.query<Record<string, unknown>>(text)).rows;
  } finally {
    await pglite.close();
  }
}
