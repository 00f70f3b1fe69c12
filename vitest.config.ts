import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;
const ignored = ["node_modules/**", ".next/**", "e2e/**", ".data/**"];

export default defineConfig({
  resolve: { alias: { "@": root } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["**/*.test.ts", "**/*.test.tsx"],
          exclude: [...ignored, "**/*.int.test.ts"],
          environment: "node",
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["**/*.int.test.ts"],
          exclude: ignored,
          environment: "node",
          // One fresh database for the whole run (PostgreSQL when DATABASE_URL is set, PGlite otherwise).
          globalSetup: [path.join(root, "db/testing/global-setup.ts")],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
