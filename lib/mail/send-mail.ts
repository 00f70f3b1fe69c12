import nodemailer, { type Transporter } from "nodemailer";
import { getDb } from "@/db/client";
import { mailOutbox } from "@/db/schema";
import { getEnv } from "@/lib/env";

export type Mail = { to: string; subject: string; text: string; html: string };

let transporter: Transporter | undefined;

/**
 * Sends over SMTP when SMTP_URL is set; otherwise keeps the mail in the database outbox, which the
 * development page /dev/outbox lists, so a local user can still click a confirmation link.
 */
export async function sendMail(mail: Mail): Promise<void> {
  const env = getEnv();
  if (env.SMTP_URL) {
    transporter ??= nodemailer.createTransport(env.SMTP_URL);
    await transporter.sendMail({ from: env.MAIL_FROM, ...mail });
    return;
  }
  await getDb().insert(mailOutbox).values(mail);
}

export function outboxEnabled(): boolean {
  const env = getEnv();
  return !env.SMTP_URL && env.APP_ENV !== "production";
}
