import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { mailOutbox } from "@/db/schema";
import { withTestDatabase } from "@/db/testing/with-test-database";
import { startSmtpSink } from "./testing/smtp-sink";

withTestDatabase();

let sink: Awaited<ReturnType<typeof startSmtpSink>>;
beforeAll(async () => {
  sink = await startSmtpSink();
});
afterAll(async () => {
  delete process.env.SMTP_URL;
  await sink?.close();
});

/** send-mail reads SMTP_URL through lib/env.ts once per process, so each case loads a fresh module. */
async function sendMailWith(smtpUrl: string | undefined) {
  vi.resetModules();
  if (smtpUrl) process.env.SMTP_URL = smtpUrl;
  else delete process.env.SMTP_URL;
  return (await import("./send-mail")).sendMail;
}

describe("sendMail", () => {
  it("sends over SMTP when SMTP_URL is set, and keeps nothing in the outbox", async () => {
    const sendMail = await sendMailWith(sink.url);
    const to = `smtp-${Date.now()}@example.com`;
    await sendMail({ to, subject: "Проверка SMTP", text: "Ссылка: https://example.com/x", html: "<p>Ссылка</p>" });
    expect(sink.received).toHaveLength(1);
    expect(sink.received[0]!.to).toEqual([`<${to}>`]);
    expect(sink.received[0]!.data).toContain("Subject: =?UTF-8?");
    expect(await getDb().select().from(mailOutbox).where(eq(mailOutbox.to, to))).toHaveLength(0);
  });

  it("keeps the mail in the outbox when SMTP is not configured", async () => {
    const sendMail = await sendMailWith(undefined);
    const to = `outbox-${Date.now()}@example.com`;
    await sendMail({ to, subject: "Outbox", text: "text", html: "<p>text</p>" });
    const rows = await getDb().select().from(mailOutbox).where(eq(mailOutbox.to, to));
    expect(rows.map((row) => row.subject)).toEqual(["Outbox"]);
  });
});
