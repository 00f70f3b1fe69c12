import { count, desc, ilike, or } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { user } from "@/db/schema";

export const USERS_PAGE_SIZE = 25;

export const usersQuerySchema = z.object({
  q: z.string().trim().max(100).optional().default(""),
  page: z.coerce.number().int().min(1).max(10_000).optional().default(1),
});

export type UsersQuery = z.infer<typeof usersQuerySchema>;

/** One page of users for /admin, newest first, optionally filtered by name or e-mail. */
export async function listUsers({ q, page }: UsersQuery) {
  const escaped = q.replace(/[\\%_]/g, (char) => `\\${char}`);
  const where = q ? or(ilike(user.email, `%${escaped}%`), ilike(user.name, `%${escaped}%`)) : undefined;
  const db = getDb();
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: user.id,
        name: user.name,
        email: user.email,
        role: user.role,
        banned: user.banned,
        emailVerified: user.emailVerified,
        twoFactorEnabled: user.twoFactorEnabled,
        createdAt: user.createdAt,
      })
      .from(user)
      .where(where)
      .orderBy(desc(user.createdAt), user.id)
      .limit(USERS_PAGE_SIZE)
      .offset((page - 1) * USERS_PAGE_SIZE),
    db.select({ value: count() }).from(user).where(where),
  ]);
  return { rows, total: total?.value ?? 0, page, pageCount: Math.max(1, Math.ceil((total?.value ?? 0) / USERS_PAGE_SIZE)) };
}
