#!/usr/bin/env node
// `npm start`: builds when the build is missing or older than the sources, then serves the app.
import { spawnSync, spawn } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const buildId = path.join(root, ".next", "BUILD_ID");
const sourceDirs = ["app", "components", "lib", "db", "inngest", "public"];
const sourceFiles = ["next.config.ts", "package.json", "proxy.ts", "instrumentation.ts"];

function newestMtime(entry) {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(entry).map((name) => newestMtime(path.join(entry, name))));
}

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const next = path.join(root, "node_modules", "next", "dist", "bin", "next");
const sourcesChanged = () =>
  Math.max(...[...sourceDirs, ...sourceFiles].map((entry) => newestMtime(path.join(root, entry)))) > statSync(buildId).mtimeMs;

if (!existsSync(buildId) || sourcesChanged()) {
  console.log("[cardport] Building the app (first start or changed sources)…");
  const build = spawnSync(process.execPath, [next, "build"], { cwd: root, env, stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const port = process.env.PORT ?? "3000";
const server = spawn(process.execPath, [next, "start", "-p", port], { cwd: root, env, stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
