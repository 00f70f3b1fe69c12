import path from "node:path";
import { test as base } from "@playwright/test";

export const stateFile = path.join(process.cwd(), "test-results", "e2e-server.json");

/** The first admin, created by global setup through lib/admin/make-admin (the CLI's code path). */
export const ADMIN = { email: "admin@cardport.test", password: "admin password 42", name: "Админ Тестов" };

/** Global setup picks the port; tests read it through the baseURL fixture. */
export const test = base.extend({
  baseURL: async ({ baseURL }, provide) => provide(process.env.E2E_BASE_URL ?? baseURL),
});

export { expect } from "@playwright/test";
