import type { ReactNode } from "react";
import { AppHeader } from "@/components/cabinet/app-header";
import { AppShell } from "@/components/cabinet/app-shell";
import { CabinetNav } from "@/components/cabinet/cabinet-nav";
import { requireOrganisation } from "@/lib/auth/session";
import { getLocale } from "@/lib/i18n/get-locale";
import { authMessages } from "@/lib/i18n/messages/auth";

export default async function CabinetLayout({ children }: { children: ReactNode }) {
  const { user, organisation } = await requireOrganisation();
  const locale = await getLocale();
  return (
    <AppShell
      header={<AppHeader home="/dashboard" context={organisation.name} email={user.email} signOutLabel={authMessages[locale].signOut} />}
      nav={<CabinetNav locale={locale} isAdmin={user.role === "admin"} />}
    >
      {children}
    </AppShell>
  );
}
