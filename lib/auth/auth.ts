import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { APIError, createAuthMiddleware, isAPIError } from "better-auth/api";
import { nextCookies } from "better-auth/next-js";
import { admin, twoFactor } from "better-auth/plugins";
import { adminAc, userAc } from "better-auth/plugins/admin/access";
import { getDb } from "@/db/client";
import * as schema from "@/db/schema";
import { appUrl, getEnv } from "@/lib/env";
import { localeFromCookieHeader } from "@/lib/i18n/locale-from-cookie-header";
import { localSecret } from "@/lib/local-secrets";
import { sendMail } from "@/lib/mail/send-mail";
import { passwordResetMail, verificationMail } from "@/lib/mail/templates";
import { clearLoginFailures, lockedUntil, loginKeys, recordLoginFailure } from "./login-throttle";
import { createOrganisationFor } from "./organisations";
import { requestIp } from "./request-ip";

function createAuth() {
  const env = getEnv();
  return betterAuth({
    appName: "CardPort",
    baseURL: appUrl(env),
    secret: env.BETTER_AUTH_SECRET ?? localSecret("BETTER_AUTH_SECRET"),
    trustedOrigins: [appUrl(env)],
    database: drizzleAdapter(getDb(), {
      provider: "pg",
      schema: {
        user: schema.user,
        session: schema.session,
        account: schema.account,
        verification: schema.verification,
        twoFactor: schema.twoFactor,
        rateLimit: schema.rateLimit,
      },
    }),
    emailAndPassword: {
      enabled: true,
      requireEmailVerification: true,
      minPasswordLength: 8,
      maxPasswordLength: 128,
      autoSignIn: false,
      revokeSessionsOnPasswordReset: true,
      resetPasswordTokenExpiresIn: 60 * 60,
      sendResetPassword: async ({ user, url }, request) => {
        await sendMail(passwordResetMail(user.email, url, localeFromCookieHeader(request?.headers.get("cookie"))));
      },
    },
    emailVerification: {
      sendOnSignUp: true,
      sendOnSignIn: true,
      autoSignInAfterVerification: false,
      expiresIn: 60 * 60 * 24,
      sendVerificationEmail: async ({ user, url }, request) => {
        // Links re-sent on a sign-in attempt carry no callback; every link should land on the sign-in page.
        const link = new URL(url);
        link.searchParams.set("callbackURL", "/sign-in?verified=1");
        await sendMail(verificationMail(user.email, link.toString(), localeFromCookieHeader(request?.headers.get("cookie"))));
      },
    },
    session: { expiresIn: 60 * 60 * 24 * 14, updateAge: 60 * 60 * 24 },
    // Per-IP limits on the HTTP endpoints; the per-account lockout is in the hooks below.
    rateLimit: {
      enabled: true,
      storage: "database",
      window: 60,
      max: 100,
      customRules: {
        "/sign-in/email": { window: 60, max: 10 },
        "/sign-up/email": { window: 60, max: 5 },
        "/request-password-reset": { window: 60, max: 5 },
        "/two-factor/verify-totp": { window: 60, max: 10 },
      },
    },
    advanced: { ipAddress: { ipAddressHeaders: ["x-forwarded-for", "x-real-ip"] } },
    databaseHooks: {
      user: { create: { after: async (user) => void (await createOrganisationFor(user)) } },
    },
    hooks: {
      before: createAuthMiddleware(async (ctx) => {
        if (ctx.path !== "/sign-in/email") return;
        const until = await lockedUntil(loginKeys(String(ctx.body?.email ?? ""), requestIp(ctx.headers)));
        if (until) {
          const minutes = Math.max(1, Math.ceil((until.getTime() - Date.now()) / 60_000));
          throw new APIError("TOO_MANY_REQUESTS", { code: "LOGIN_LOCKED", message: String(minutes) });
        }
      }),
      after: createAuthMiddleware(async (ctx) => {
        if (ctx.path !== "/sign-in/email") return;
        const keys = loginKeys(String(ctx.body?.email ?? ""), requestIp(ctx.headers));
        const returned = ctx.context.returned;
        if (isAPIError(returned) && returned.body?.code === "INVALID_EMAIL_OR_PASSWORD") await recordLoginFailure(keys);
        else if (!isAPIError(returned)) await clearLoginFailures(keys);
      }),
    },
    plugins: [
      twoFactor({ issuer: "CardPort" }),
      admin({ defaultRole: "seller", adminRoles: ["admin"], roles: { admin: adminAc, seller: userAc } }),
      nextCookies(),
    ],
  });
}

export type Auth = ReturnType<typeof createAuth>;

const globalStore = globalThis as typeof globalThis & { __cardportAuth?: Auth };

/** Built on first use: the auth config needs the env and the database, neither of which exists at build time. */
export function getAuth(): Auth {
  globalStore.__cardportAuth ??= createAuth();
  return globalStore.__cardportAuth;
}
