import Link from "next/link";
import type { ReactNode } from "react";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { LocaleSwitcher } from "@/components/locale-switcher";

/** The top bar of the signed-in areas (cabinet and admin). */
export function AppHeader({ home, context, email, signOutLabel }: { home: string; context: ReactNode; email: string; signOutLabel: string }) {
  return (
    <header className="flex flex-wrap items-center justify-between gap-3 border-b px-4 py-3 sm:px-6">
      <div className="flex items-center gap-3">
        <Link href={home} className="text-lg font-semibold text-primary">
          CardPort
        </Link>
        <span className="text-sm text-muted-foreground">{context}</span>
      </div>
      <div className="flex items-center gap-3">
        <span className="hidden text-sm text-muted-foreground sm:inline" data-testid="current-user">
          {email}
        </span>
        <LocaleSwitcher />
        <SignOutButton label={signOutLabel} />
      </div>
    </header>
  );
}
