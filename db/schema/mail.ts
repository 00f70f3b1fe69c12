import { index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

/** Mail that went nowhere because SMTP is not configured; /dev/outbox lists it. */
export const mailOutbox = pgTable(
  "mail_outbox",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    to: text("to").notNull(),
    subject: text("subject").notNull(),
    text: text("text").notNull(),
    html: text("html").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index("mail_outbox_to_idx").on(table.to)],
);

export type OutboxMail = typeof mailOutbox.$inferSelect;
