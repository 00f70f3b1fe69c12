import { Boxes, CreditCard, GitCompareArrows, LayoutDashboard, Link2, RefreshCw, Settings, Shield, Truck } from "lucide-react";
import { cabinetMessages } from "@/lib/i18n/messages/cabinet";
import type { Locale } from "@/lib/i18n/locales";
import { NavLink } from "./nav-link";

const sections = [
  { href: "/dashboard", key: "dashboard", icon: LayoutDashboard },
  { href: "/connections", key: "connections", icon: Link2 },
  { href: "/catalog", key: "catalog", icon: Boxes },
  { href: "/mappings", key: "mappings", icon: GitCompareArrows },
  { href: "/migrations", key: "migrations", icon: Truck },
  { href: "/sync", key: "sync", icon: RefreshCw },
  { href: "/billing", key: "billing", icon: CreditCard },
  { href: "/settings", key: "settings", icon: Settings },
] as const;

export function CabinetNav({ locale, isAdmin }: { locale: Locale; isAdmin: boolean }) {
  const t = cabinetMessages[locale].nav;
  return (
    <nav aria-label={t.label} className="grid gap-1">
      {sections.map(({ href, key, icon: Icon }) => (
        <NavLink key={href} href={href}>
          <Icon className="size-4" aria-hidden="true" />
          {t[key]}
        </NavLink>
      ))}
      {isAdmin ? (
        <NavLink href="/admin">
          <Shield className="size-4" aria-hidden="true" />
          {t.admin}
        </NavLink>
      ) : null}
    </nav>
  );
}
