import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { RunActions } from "@/components/admin/run-actions";
import { RunStatusBadge } from "@/components/admin/run-status-badge";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { FormField } from "@/components/ui/form-field";
import { NativeSelect } from "@/components/ui/native-select";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { getDb } from "@/db/client";
import { listRuns, runStatuses } from "@/inngest/runner/admin-queries";
import { describeRunError } from "@/lib/admin/describe-run-error";
import { requireAdmin } from "@/lib/auth/session";
import { getLocale } from "@/lib/i18n/get-locale";
import { adminMessages } from "@/lib/i18n/messages/admin";

export const metadata: Metadata = { title: "Фоновые задания" };

const PAGE_SIZE = 50;
const querySchema = z.object({
  status: z.enum(runStatuses).optional().catch(undefined),
  before: z.coerce.number().int().positive().optional().catch(undefined),
});

export default async function AdminJobsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireAdmin();
  const locale = await getLocale();
  const t = adminMessages[locale].jobs;
  const query = querySchema.parse(await searchParams);
  const runs = await listRuns(getDb(), { status: query.status, beforeSeq: query.before, limit: PAGE_SIZE });
  const time = new Intl.DateTimeFormat(locale === "ru" ? "ru-RU" : "en-GB", { dateStyle: "short", timeStyle: "medium" });
  const last = runs.at(-1);
  return (
    <div className="grid gap-6">
      <div>
        <h1 className="text-2xl font-semibold">{t.title}</h1>
        <p className="text-muted-foreground">{t.description}</p>
      </div>
      <form className="flex items-end gap-2">
        <FormField id="job-status" label={t.statusLabel}>
          <NativeSelect name="status" defaultValue={query.status ?? ""} className="w-48">
            <option value="">{t.allStatuses}</option>
            {runStatuses.map((status) => (
              <option key={status} value={status}>
                {t.statuses[status]}
              </option>
            ))}
          </NativeSelect>
        </FormField>
        <Button type="submit" variant="outline">
          {t.filterSubmit}
        </Button>
      </form>
      {runs.length === 0 ? (
        <EmptyState title={t.empty} />
      ) : (
        <Table>
          <TableHeader>
            <TableRow>
              {(["run", "function", "event", "status", "attempt", "created", "ended", "error", "actions"] as const).map((key) => (
                <TableHead key={key}>{t.columns[key]}</TableHead>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {runs.map((run) => (
              <TableRow key={run.id}>
                <TableCell>
                  <Link href={`/admin/jobs/${encodeURIComponent(run.id)}`} className="font-mono text-xs text-primary underline">
                    {run.id.slice(0, 12)}
                  </Link>
                </TableCell>
                <TableCell className="font-mono text-xs">{run.functionId}</TableCell>
                <TableCell className="font-mono text-xs">{run.eventName}</TableCell>
                <TableCell>
                  <RunStatusBadge status={run.status} label={t.statuses[run.status as keyof typeof t.statuses] ?? run.status} />
                </TableCell>
                <TableCell>{run.attempt}</TableCell>
                <TableCell>{time.format(run.createdAt)}</TableCell>
                <TableCell>{run.endedAt ? time.format(run.endedAt) : "—"}</TableCell>
                <TableCell className="max-w-xs truncate" title={describeRunError(run.lastError)}>
                  {describeRunError(run.lastError)}
                </TableCell>
                <TableCell>
                  <RunActions runId={run.id} status={run.status} labels={{ cancel: t.cancel, retry: t.retry }} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {runs.length === PAGE_SIZE && last ? (
        <div>
          <Button asChild variant="outline" size="sm">
            <Link href={`/admin/jobs?${new URLSearchParams({ ...(query.status ? { status: query.status } : {}), before: String(last.seq) })}`}>{t.older}</Link>
          </Button>
        </div>
      ) : null}
    </div>
  );
}
