import Link from "next/link";
import { MenuIcon } from "lucide-react";
import { LocaleSwitcher } from "@/components/locale-switcher";
import { Button } from "@/components/ui/button";
import type { CommonMessages } from "@/lib/i18n/messages/common";
import { Logo } from "./logo";

/** The public site's header: brand, section links, sign-in / sign-up and the language switch. */
export function SiteHeader({ t }: { t: CommonMessages }) {
  const links = [
    { href: "/#features", label: t.nav.features },
    { href: "/pricing", label: t.nav.pricing },
    { href: "/docs", label: t.nav.docs },
  ];
  const linkClass =
    "rounded-md px-3 py-2 text-sm font-medium text-muted-foreground outline-none hover:text-foreground focus-visible:ring-[3px] focus-visible:ring-ring/50";

  return (
    <header className="relative border-b bg-background">
      <div className="mx-auto flex h-16 max-w-6xl items-center gap-4 px-4">
        <Logo label={t.brand} />
        <nav aria-label={t.nav.label} className="hidden md:block">
          <ul className="flex items-center gap-1">
            {links.map((link) => (
              <li key={link.href}>
                <Link href={link.href} className={linkClass}>
                  {link.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="ml-auto hidden items-center gap-3 md:flex">
          <LocaleSwitcher />
          <Button asChild variant="ghost">
            <Link href="/sign-in">{t.nav.signIn}</Link>
          </Button>
          <Button asChild>
            <Link href="/sign-up">{t.nav.signUp}</Link>
          </Button>
        </div>
        {/* A <details> disclosure: a working mobile menu without client JS. */}
        <details className="group ml-auto md:hidden">
          <summary className="flex cursor-pointer list-none items-center gap-2 rounded-md px-3 py-2 text-sm font-medium outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50 [&::-webkit-details-marker]:hidden">
            <MenuIcon className="size-5" aria-hidden="true" />
            {t.nav.menu}
          </summary>
          <div className="absolute inset-x-0 top-16 z-40 border-b bg-background px-4 pb-4 shadow-md">
            <nav aria-label={t.nav.label}>
              <ul className="grid gap-1 py-2">
                {links.map((link) => (
                  <li key={link.href}>
                    <Link href={link.href} className={`${linkClass} block`}>
                      {link.label}
                    </Link>
                  </li>
                ))}
              </ul>
            </nav>
            <div className="grid gap-2 border-t pt-4">
              <Button asChild variant="outline">
                <Link href="/sign-in">{t.nav.signIn}</Link>
              </Button>
              <Button asChild>
                <Link href="/sign-up">{t.nav.signUp}</Link>
              </Button>
              <LocaleSwitcher className="pt-2" />
            </div>
          </div>
        </details>
      </div>
    </header>
  );
}
