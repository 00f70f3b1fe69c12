import { describe, expect, it } from "vitest";
import { inngestConnection } from "./client-connection";

describe("Inngest client connection", () => {
  it("uses the built-in runner without keys or INNGEST_DEV, with checkpointing off", () => {
    expect(inngestConnection({})).toEqual({ mode: "runner", isDev: true, baseUrl: "http://127.0.0.1:8288/", checkpointing: false });
    expect(inngestConnection({ RUNNER_PORT: 9000 })).toMatchObject({ baseUrl: "http://127.0.0.1:9000/" });
  });

  it("uses the dev server for INNGEST_DEV, at its URL when given", () => {
    expect(inngestConnection({ INNGEST_DEV: "http://localhost:8289" })).toEqual({ mode: "dev", isDev: true, baseUrl: "http://localhost:8289" });
    expect(inngestConnection({ INNGEST_DEV: "1", INNGEST_EVENT_KEY: "k" })).toEqual({ mode: "dev", isDev: true });
  });

  it("uses Inngest Cloud or a self-hosted server with keys", () => {
    expect(inngestConnection({ INNGEST_EVENT_KEY: "e", INNGEST_SIGNING_KEY: "signkey-prod-1" })).toEqual({
      mode: "cloud",
      isDev: false,
      eventKey: "e",
      signingKey: "signkey-prod-1",
    });
  });
});
