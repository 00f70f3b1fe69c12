import type { Metadata } from "next";
import Link from "next/link";
import { UserActions } from "@/components/admin/user-actions";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { listUsers, usersQuerySchema } from "@/lib/admin/users-query";
import type { Role } from "@/lib/auth/auth-roles";
import { requireAdmin } from "@/lib/auth/session";
import { getLocale } from "@/lib/i18n/get-locale";
import { adminMessages } from "@/lib/i18n/messages/admin";

export const metadata: Metadata = { title: "Пользователи" };

export default async function AdminUsersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireAdmin();
  const locale = await getLocale();
  const t = adminMessages[locale].users;
  const parsed = usersQuerySchema.safeParse(await searchParams);
  const query = parsed.success ? parsed.data : { q: "", page: 1 };
  const { rows, total, page, pageCount } = await listUsers(query);
  const dateFormat = new Intl.DateTimeFormat(locale === "ru" ? "ru-RU" : "en-GB", { dateStyle: "medium" });
  const pageHref = (target: number) => `/admin?${new URLSearchParams({ q: query.q, page: String(target) })}`;
  return (
    <div className="grid gap-6">
      <h1 className="text-2xl font-semibold">{t.title}</h1>
      <form role="search" className="flex max-w-xl items-end gap-2">
        <FormField id="user-search" label={t.searchLabel} className="flex-1">
          <Input name="q" type="search" defaultValue={query.q} maxLength={100} />
        </FormField>
        <Button type="submit" variant="outline">
          {t.searchSubmit}
        </Button>
      </form>
      <p className="text-sm text-muted-foreground">{t.total(total)}</p>
      {rows.length === 0 ? (
        <p>{t.empty}</p>
      ) : (
        <Table>
          <TableHeader>
            <TableRow>
              <TableHead>{t.columns.name}</TableHead>
              <TableHead>{t.columns.email}</TableHead>
              <TableHead>{t.columns.role}</TableHead>
              <TableHead>{t.columns.status}</TableHead>
              <TableHead>{t.columns.created}</TableHead>
              <TableHead>{t.columns.actions}</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={row.id} data-testid={`user-row-${row.email}`}>
                <TableCell>{row.name}</TableCell>
                <TableCell>{row.email}</TableCell>
                <TableCell>{t.roles[row.role as Role] ?? row.role}</TableCell>
                <TableCell className="space-x-1">
                  <Badge variant={row.banned ? "destructive" : "success"}>{row.banned ? t.blockedBadge : t.active}</Badge>
                  {row.emailVerified ? null : <Badge variant="outline">{t.unverified}</Badge>}
                </TableCell>
                <TableCell>{dateFormat.format(row.createdAt)}</TableCell>
                <TableCell>
                  <UserActions
                    userId={row.id}
                    role={row.role as Role}
                    banned={row.banned}
                    labels={{ role: t.roleLabel(row.email), roleSubmit: t.roleSubmit, block: t.block, unblock: t.unblock, roles: t.roles }}
                  />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {pageCount > 1 ? (
        <nav className="flex gap-2" aria-label="pagination">
          {page > 1 ? (
            <Button asChild variant="outline" size="sm">
              <Link href={pageHref(page - 1)}>{t.previous}</Link>
            </Button>
          ) : null}
          {page < pageCount ? (
            <Button asChild variant="outline" size="sm">
              <Link href={pageHref(page + 1)}>{t.next}</Link>
            </Button>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
