import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RunActions } from "@/components/admin/run-actions";
import { RunStatusBadge } from "@/components/admin/run-status-badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { getDb } from "@/db/client";
import { getRunDetail } from "@/inngest/runner/admin-queries";
import { describeRunError } from "@/lib/admin/describe-run-error";
import { requireAdmin } from "@/lib/auth/session";
import { getLocale } from "@/lib/i18n/get-locale";
import { adminMessages } from "@/lib/i18n/messages/admin";

export const metadata: Metadata = { title: "Запуск" };

const json = (value: unknown) => JSON.stringify(value, null, 2);

export default async function AdminRunPage({ params }: { params: Promise<{ runId: string }> }) {
  await requireAdmin();
  const { runId } = await params;
  const locale = await getLocale();
  const t = adminMessages[locale].jobs;
  const detail = await getRunDetail(getDb(), decodeURIComponent(runId));
  if (!detail) notFound();
  const { run, steps } = detail;
  const time = new Intl.DateTimeFormat(locale === "ru" ? "ru-RU" : "en-GB", { dateStyle: "short", timeStyle: "medium" });
  return (
    <div className="grid gap-6">
      <Link href="/admin/jobs" className="text-sm text-primary underline">
        {t.back}
      </Link>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="font-mono text-xl font-semibold">{t.detailTitle(run.id)}</h1>
        <RunStatusBadge status={run.status} label={t.statuses[run.status as keyof typeof t.statuses] ?? run.status} />
      </div>
      <dl className="grid gap-2 sm:grid-cols-[10rem_1fr]">
        <dt className="text-muted-foreground">{t.columns.function}</dt>
        <dd className="font-mono text-sm">{run.functionId}</dd>
        <dt className="text-muted-foreground">{t.columns.attempt}</dt>
        <dd>{run.attempt}</dd>
        <dt className="text-muted-foreground">{t.columns.created}</dt>
        <dd>{time.format(run.createdAt)}</dd>
        <dt className="text-muted-foreground">{t.columns.ended}</dt>
        <dd>{run.endedAt ? time.format(run.endedAt) : "—"}</dd>
        {run.lastError ? (
          <>
            <dt className="text-muted-foreground">{t.columns.error}</dt>
            <dd className="text-destructive">{describeRunError(run.lastError)}</dd>
          </>
        ) : null}
      </dl>
      <RunActions runId={run.id} status={run.status} labels={{ cancel: t.cancel, retry: t.retry }} />
      <section aria-labelledby="steps-heading" className="grid gap-3">
        <h2 id="steps-heading" className="text-lg font-semibold">
          {t.steps}
        </h2>
        {steps.length === 0 ? (
          <p className="text-muted-foreground">{t.noSteps}</p>
        ) : (
          <Table>
            <TableHeader>
              <TableRow>
                {(["name", "op", "attempts", "completed", "result"] as const).map((key) => (
                  <TableHead key={key}>{t.stepColumns[key]}</TableHead>
                ))}
              </TableRow>
            </TableHeader>
            <TableBody>
              {steps.map((step, index) => (
                <TableRow key={`${step.name}-${index}`}>
                  <TableCell>{step.name ?? "—"}</TableCell>
                  <TableCell className="font-mono text-xs">{step.op}</TableCell>
                  <TableCell>{step.attempts}</TableCell>
                  <TableCell>{time.format(step.completedAt)}</TableCell>
                  <TableCell className="max-w-md">
                    <pre className="max-h-32 overflow-auto text-xs whitespace-pre-wrap">{json(step.error ?? step.data)}</pre>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </section>
      <div className="grid gap-4 lg:grid-cols-2">
        <Card>
          <CardHeader>
            <CardTitle as="h2">{t.eventTitle}</CardTitle>
          </CardHeader>
          <CardContent>
            <pre className="max-h-80 overflow-auto text-xs">{json(run.event)}</pre>
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle as="h2">{t.outputTitle}</CardTitle>
          </CardHeader>
          <CardContent>
            <pre className="max-h-80 overflow-auto text-xs">{json(run.output)}</pre>
          </CardContent>
        </Card>
      </div>
    </div>
  );
}
