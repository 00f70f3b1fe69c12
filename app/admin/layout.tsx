import type { ReactNode } from "react";
import { AppHeader } from "@/components/cabinet/app-header";
import { requireAdmin } from "@/lib/auth/session";
import { getLocale } from "@/lib/i18n/get-locale";
import { adminMessages } from "@/lib/i18n/messages/admin";
import { authMessages } from "@/lib/i18n/messages/auth";
import { NavLink } from "@/components/cabinet/nav-link";

/** Only admins with two-factor authentication reach anything under /admin. */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const { user } = await requireAdmin();
  const locale = await getLocale();
  const t = adminMessages[locale];
  return (
    <div className="flex min-h-dvh flex-col">
      <AppHeader home="/admin" context={t.title} email={user.email} signOutLabel={authMessages[locale].signOut} />
      <div className="flex flex-1 flex-col md:flex-row">
        <aside className="border-b p-3 md:w-60 md:shrink-0 md:border-r md:border-b-0">
          <nav aria-label={t.nav.label} className="grid gap-1">
            <NavLink href="/admin">{t.nav.users}</NavLink>
            <NavLink href="/admin/jobs">{t.nav.jobs}</NavLink>
            <NavLink href="/dashboard">{t.nav.backToCabinet}</NavLink>
          </nav>
        </aside>
        <main id="main" className="flex-1 p-4 sm:p-6">
          {children}
        </main>
      </div>
    </div>
  );
}
