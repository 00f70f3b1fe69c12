import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { auditLog, mailOutbox, user } from "@/db/schema";
import { withTestDatabase } from "@/db/testing/with-test-database";
import { getAuth } from "./auth";
import { LOGIN_LIMITS } from "./login-throttle";
import { organisationOf } from "./organisations";
import { EmailTakenError, registerSeller } from "./register-seller";
import { latestLinkTo } from "./testing/outbox";

withTestDatabase();

const password = "correct horse battery";
const uniqueEmail = () => `seller-${randomUUID().slice(0, 8)}@example.com`;
const requestHeaders = (ip = "203.0.113.7") => new Headers({ "x-forwarded-for": ip });

async function register(email = uniqueEmail()) {
  await registerSeller({ name: "Анна", organisation: "Магазин Анны", email, password }, requestHeaders());
  return email;
}

/** Follows the confirmation link through Better Auth's real HTTP handler. */
async function confirm(email: string) {
  const response = await getAuth().handler(new Request(await latestLinkTo(email)));
  expect(response.status).toBe(302);
  return response.headers.get("location");
}

const signIn = (email: string, pass: string, ip?: string) =>
  getAuth().api.signInEmail({ body: { email, password: pass }, headers: requestHeaders(ip) });

describe("registration", () => {
  it("creates the user as a seller with an organisation and sends a confirmation mail", async () => {
    const email = await register();
    const [row] = await getDb().select().from(user).where(eq(user.email, email));
    expect(row).toMatchObject({ role: "seller", emailVerified: false, banned: false });
    expect(await organisationOf(row!.id)).toMatchObject({ name: "Магазин Анны", role: "owner" });
    const mails = await getDb().select().from(mailOutbox).where(eq(mailOutbox.to, email));
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toContain("Подтвердите");
    const audit = await getDb().select().from(auditLog).where(eq(auditLog.actorUserId, row!.id));
    expect(audit.map((entry) => entry.action)).toContain("user.registered");
  });

  it("refuses a reused e-mail and keeps the first account", async () => {
    const email = await register();
    await expect(register(email)).rejects.toBeInstanceOf(EmailTakenError);
    const rows = await getDb().select().from(user).where(eq(user.email, email));
    expect(rows).toHaveLength(1);
  });
});

describe("confirmation and sign-in", () => {
  it("refuses sign-in before confirmation, then accepts it after the link is followed", async () => {
    const email = await register();
    await expect(signIn(email, password)).rejects.toMatchObject({ body: { code: "EMAIL_NOT_VERIFIED" } });
    expect(await confirm(email)).toContain("/sign-in?verified=1");
    const [row] = await getDb().select().from(user).where(eq(user.email, email));
    expect(row!.emailVerified).toBe(true);
    const session = await signIn(email, password);
    expect(session.token).toBeTruthy();
    expect(session.user.email).toBe(email);
  });

  it("rejects a wrong password and a forged confirmation token", async () => {
    const email = await register();
    const forged = new URL(await latestLinkTo(email));
    forged.searchParams.set("token", "forged");
    const response = await getAuth().handler(new Request(forged));
    expect(response.headers.get("location")).toContain("error=");
    await confirm(email);
    await expect(signIn(email, "wrong password!")).rejects.toMatchObject({ body: { code: "INVALID_EMAIL_OR_PASSWORD" } });
  });
});

describe("password reset", () => {
  it("sets a new password through the mailed link and revokes the old one", async () => {
    const email = await register();
    await confirm(email);
    await getAuth().api.requestPasswordReset({ body: { email, redirectTo: "/reset-password" }, headers: requestHeaders() });
    const resetLink = await latestLinkTo(email);
    const redirect = await getAuth().handler(new Request(resetLink));
    const token = new URL(redirect.headers.get("location")!, "http://x").searchParams.get("token");
    expect(token).toBeTruthy();
    await getAuth().api.resetPassword({ body: { token: token!, newPassword: "a brand new password" } });
    await expect(signIn(email, password)).rejects.toMatchObject({ body: { code: "INVALID_EMAIL_OR_PASSWORD" } });
    expect((await signIn(email, "a brand new password")).token).toBeTruthy();
    await expect(getAuth().api.resetPassword({ body: { token: token!, newPassword: "once more please" } })).rejects.toMatchObject({
      body: { code: "INVALID_TOKEN" },
    });
  });
});

describe("sign-in rate limiting", () => {
  it("locks an account after repeated failures, even for the right password, from any IP", async () => {
    const email = await register();
    await confirm(email);
    for (let attempt = 0; attempt < LOGIN_LIMITS.account.failures; attempt++) {
      await expect(signIn(email, "wrong password!", `198.51.100.${attempt}`)).rejects.toMatchObject({
        body: { code: "INVALID_EMAIL_OR_PASSWORD" },
      });
    }
    await expect(signIn(email, password, "192.0.2.200")).rejects.toMatchObject({ statusCode: 429, body: { code: "LOGIN_LOCKED" } });
  });

  it("locks an IP that fails across many accounts, and leaves other IPs alone", async () => {
    const ip = `10.9.${Math.floor(Math.random() * 250)}.1`;
    const victim = await register();
    await confirm(victim);
    for (let attempt = 0; attempt < LOGIN_LIMITS.ip.failures; attempt++) {
      await expect(signIn(`nobody-${attempt}@example.com`, "wrong password!", ip)).rejects.toBeTruthy();
    }
    await expect(signIn(victim, password, ip)).rejects.toMatchObject({ body: { code: "LOGIN_LOCKED" } });
    expect((await signIn(victim, password, "192.0.2.55")).token).toBeTruthy();
  });

  it("clears the account counter after a successful sign-in", async () => {
    const email = await register();
    await confirm(email);
    for (let attempt = 0; attempt < LOGIN_LIMITS.account.failures - 1; attempt++) {
      await expect(signIn(email, "wrong password!")).rejects.toBeTruthy();
    }
    expect((await signIn(email, password)).token).toBeTruthy();
    await expect(signIn(email, "wrong password!")).rejects.toMatchObject({ body: { code: "INVALID_EMAIL_OR_PASSWORD" } });
    expect((await signIn(email, password)).token).toBeTruthy();
  });
});
