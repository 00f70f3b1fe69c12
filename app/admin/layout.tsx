import type { ReactNode } from "react";
import { AppHeader } from "@/components/cabinet/app-header";
import { AppShell } from "@/components/cabinet/app-shell";
import { NavLink } from "@/components/cabinet/nav-link";
import { requireAdmin } from "@/lib/auth/session";
import { getLocale } from "@/lib/i18n/get-locale";
import { adminMessages } from "@/lib/i18n/messages/admin";
import { authMessages } from "@/lib/i18n/messages/auth";

/** Only admins with two-factor authentication reach anything under /admin. */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const { user } = await requireAdmin();
  const locale = await getLocale();
  const t = adminMessages[locale];
  return (
    <AppShell
      header={<AppHeader home="/admin" context={t.title} email={user.email} signOutLabel={authMessages[locale].signOut} />}
      nav={
        <nav aria-label={t.nav.label} className="grid gap-1">
          <NavLink href="/admin" exact>
            {t.nav.users}
          </NavLink>
          <NavLink href="/admin/jobs">{t.nav.jobs}</NavLink>
          <NavLink href="/dashboard">{t.nav.backToCabinet}</NavLink>
        </nav>
      }
    >
      {children}
    </AppShell>
  );
}
