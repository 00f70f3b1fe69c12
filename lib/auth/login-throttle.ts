import { and, gt, inArray, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { loginAttempts } from "@/db/schema";

/**
 * Sign-in lockout per account and per IP, kept in the database so it holds across processes and
 * restarts. Only failures count; a success clears the account's counter.
 */
export const LOGIN_LIMITS = {
  account: { failures: 5, windowMinutes: 15, lockMinutes: 15 },
  ip: { failures: 30, windowMinutes: 15, lockMinutes: 15 },
} as const;

export type LoginKeys = { account: string; ip: string | null };

export function loginKeys(email: string, ip: string | null | undefined): LoginKeys {
  return { account: `account:${email.trim().toLowerCase()}`, ip: ip ? `ip:${ip}` : null };
}

const keyList = (keys: LoginKeys) => [keys.account, ...(keys.ip ? [keys.ip] : [])];

/** The moment the lock ends if either key is locked now, else null. */
export async function lockedUntil(keys: LoginKeys): Promise<Date | null> {
  const rows = await getDb()
    .select({ lockedUntil: loginAttempts.lockedUntil })
    .from(loginAttempts)
    .where(and(inArray(loginAttempts.key, keyList(keys)), gt(loginAttempts.lockedUntil, sql`now()`)));
  const times = rows.map((row) => row.lockedUntil!.getTime());
  return times.length ? new Date(Math.max(...times)) : null;
}

export async function recordLoginFailure(keys: LoginKeys): Promise<void> {
  await Promise.all([
    bump(keys.account, LOGIN_LIMITS.account),
    keys.ip ? bump(keys.ip, LOGIN_LIMITS.ip) : Promise.resolve(),
  ]);
}

export async function clearLoginFailures(keys: LoginKeys): Promise<void> {
  await getDb().delete(loginAttempts).where(inArray(loginAttempts.key, [keys.account]));
}

async function bump(key: string, limit: { failures: number; windowMinutes: number; lockMinutes: number }) {
  const windowExpired = sql`${loginAttempts.windowStartedAt} < now() - make_interval(mins => ${limit.windowMinutes})`;
  const nextFailures = sql`CASE WHEN ${windowExpired} THEN 1 ELSE ${loginAttempts.failures} + 1 END`;
  // One statement, so concurrent failures cannot both read the old count.
  await getDb()
    .insert(loginAttempts)
    .values({ key, failures: 1 })
    .onConflictDoUpdate({
      target: loginAttempts.key,
      set: {
        failures: nextFailures,
        windowStartedAt: sql`CASE WHEN ${windowExpired} THEN now() ELSE ${loginAttempts.windowStartedAt} END`,
        lockedUntil: sql`CASE WHEN ${nextFailures} >= ${limit.failures} THEN now() + make_interval(mins => ${limit.lockMinutes}) ELSE ${loginAttempts.lockedUntil} END`,
      },
    });
}
