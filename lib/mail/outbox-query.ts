import { desc } from "drizzle-orm";
import { getDb } from "@/db/client";
import { mailOutbox } from "@/db/schema";

/** The newest mails kept instead of sent (no SMTP configured). */
export async function listOutbox(limit = 50) {
  return getDb().select().from(mailOutbox).orderBy(desc(mailOutbox.createdAt)).limit(limit);
}
