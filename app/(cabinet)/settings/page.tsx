import type { Metadata } from "next";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { requireOrganisation } from "@/lib/auth/session";
import { getLocale } from "@/lib/i18n/get-locale";
import { authMessages } from "@/lib/i18n/messages/auth";
import { cabinetMessages } from "@/lib/i18n/messages/cabinet";

export const metadata: Metadata = { title: "Настройки" };

export default async function SettingsPage() {
  const { user, organisation } = await requireOrganisation();
  const locale = await getLocale();
  const t = cabinetMessages[locale];
  const fields = authMessages[locale].fields;
  const rows = [
    [fields.name, user.name],
    [fields.email, user.email],
    [t.organisation, organisation.name],
  ] as const;
  return (
    <div className="grid max-w-3xl gap-6">
      <h1 className="text-2xl font-semibold">{t.settings.title}</h1>
      <Card>
        <CardHeader>
          <CardTitle as="h2">{t.settings.profile}</CardTitle>
        </CardHeader>
        <CardContent>
          <dl className="grid gap-3 sm:grid-cols-[12rem_1fr]">
            {rows.map(([label, value]) => (
              <div key={label} className="contents">
                <dt className="text-sm text-muted-foreground">{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
        </CardContent>
      </Card>
      <div>
        <Button asChild variant="outline">
          <Link href="/settings/security">{t.settings.security}</Link>
        </Button>
      </div>
    </div>
  );
}
