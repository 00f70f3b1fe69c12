import { desc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { mailOutbox } from "@/db/schema";

/** The link in the newest outbox mail to `to` (tests follow it the way a user clicks it). */
export async function latestLinkTo(to: string): Promise<string> {
  const [mail] = await getDb().select().from(mailOutbox).where(eq(mailOutbox.to, to)).orderBy(desc(mailOutbox.createdAt)).limit(1);
  const link = mail?.text.match(/https?:\/\/\S+/)?.[0];
  if (!link) throw new Error(`no mail with a link to ${to}`);
  return link;
}
