import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { user } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import { getAuth } from "@/lib/auth/auth";

export type MakeAdminInput = { email: string; password?: string; name?: string };

/**
 * Promotes an existing account to admin, or creates a confirmed admin account when a password is
 * given. Used by `npm run admin:create` for the first admin (no admin exists yet to grant the role).
 */
export async function makeAdmin({ email, password, name }: MakeAdminInput): Promise<"promoted" | "created"> {
  const normalised = email.trim().toLowerCase();
  const db = getDb();
  let [existing] = await db.select({ id: user.id }).from(user).where(eq(user.email, normalised));
  let outcome: "promoted" | "created" = "promoted";
  if (!existing) {
    if (!password) throw new Error(`No account with e-mail ${normalised}. Register it first, or pass --password to create it.`);
    const created = await getAuth().api.signUpEmail({ body: { email: normalised, password, name: name ?? "Administrator" } });
    existing = { id: created.user.id };
    outcome = "created";
  }
  // The command line is trusted: the operator vouches for the address.
  await db.update(user).set({ role: "admin", emailVerified: true }).where(eq(user.id, existing.id));
  await recordAudit({ action: "admin.granted_by_cli", targetType: "user", targetId: existing.id });
  return outcome;
}
