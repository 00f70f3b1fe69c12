import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { listOutbox } from "@/lib/mail/outbox-query";
import { outboxEnabled } from "@/lib/mail/send-mail";

export const metadata: Metadata = { title: "Outbox (development)", robots: { index: false } };
export const dynamic = "force-dynamic";

const LINK = /(https?:\/\/\S+)/g;

/** Development only: mail that would have gone out, with clickable links. Absent in production or with SMTP. */
export default async function OutboxPage() {
  if (!outboxEnabled()) notFound();
  const mails = await listOutbox();
  return (
    <main id="main" className="mx-auto grid max-w-5xl gap-4 p-6">
      <h1 className="text-2xl font-semibold">Исходящие письма (режим разработки)</h1>
      <p className="text-muted-foreground">SMTP не настроен: письма сохраняются здесь, а не отправляются. Задайте SMTP_URL для настоящей почты.</p>
      {mails.length === 0 ? (
        <p>Писем пока нет.</p>
      ) : (
        <Table>
          <TableHeader>
            <TableRow>
              <TableHead>Кому</TableHead>
              <TableHead>Тема</TableHead>
              <TableHead>Письмо</TableHead>
              <TableHead>Когда</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {mails.map((mail) => (
              <TableRow key={mail.id}>
                <TableCell>{mail.to}</TableCell>
                <TableCell>{mail.subject}</TableCell>
                <TableCell className="max-w-md whitespace-pre-wrap">
                  {mail.text.split(LINK).map((part, index) =>
                    index % 2 === 1 ? (
                      <a key={index} href={part} className="break-all text-primary underline">
                        {part}
                      </a>
                    ) : (
                      part
                    ),
                  )}
                </TableCell>
                <TableCell>{mail.createdAt.toISOString().replace("T", " ").slice(0, 19)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </main>
  );
}
