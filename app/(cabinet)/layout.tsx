import type { ReactNode } from "react";
import { AppHeader } from "@/components/cabinet/app-header";
import { CabinetNav } from "@/components/cabinet/cabinet-nav";
import { requireOrganisation } from "@/lib/auth/session";
import { getLocale } from "@/lib/i18n/get-locale";
import { authMessages } from "@/lib/i18n/messages/auth";

export default async function CabinetLayout({ children }: { children: ReactNode }) {
  const { user, organisation } = await requireOrganisation();
  const locale = await getLocale();
  return (
    <div className="flex min-h-dvh flex-col">
      <AppHeader home="/dashboard" context={organisation.name} email={user.email} signOutLabel={authMessages[locale].signOut} />
      <div className="flex flex-1 flex-col md:flex-row">
        <aside className="border-b p-3 md:w-60 md:shrink-0 md:border-r md:border-b-0">
          <CabinetNav locale={locale} isAdmin={user.role === "admin"} />
        </aside>
        <main id="main" className="flex-1 p-4 sm:p-6">
          {children}
        </main>
      </div>
    </div>
  );
}
