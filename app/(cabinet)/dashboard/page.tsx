import type { Metadata } from "next";
import Link from "next/link";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { requireOrganisation } from "@/lib/auth/session";
import { getLocale } from "@/lib/i18n/get-locale";
import { cabinetMessages } from "@/lib/i18n/messages/cabinet";

export const metadata: Metadata = { title: "Обзор" };

export default async function DashboardPage() {
  const { user } = await requireOrganisation();
  const t = cabinetMessages[await getLocale()].dashboard;
  return (
    <div className="grid max-w-5xl gap-6">
      <div>
        <h1 className="text-2xl font-semibold">{t.welcome(user.name)}</h1>
        <p className="text-muted-foreground">{t.intro}</p>
      </div>
      <ol className="grid gap-4 sm:grid-cols-2">
        {t.steps.map((step, index) => (
          <li key={step.href}>
            <Link href={step.href} className="block h-full rounded-xl focus-visible:ring-[3px] focus-visible:ring-ring/50 focus-visible:outline-none">
              <Card className="h-full transition-colors hover:bg-accent/50">
                <CardHeader>
                  <CardTitle as="h2">
                    {index + 1}. {step.title}
                  </CardTitle>
                  <CardDescription>{step.text}</CardDescription>
                </CardHeader>
              </Card>
            </Link>
          </li>
        ))}
      </ol>
      <section aria-labelledby="security-heading" className="grid gap-3">
        <h2 id="security-heading" className="text-lg font-semibold">
          {t.securityTitle}
        </h2>
        <Alert variant={user.twoFactorEnabled ? "success" : "info"}>
          <AlertDescription>{user.twoFactorEnabled ? t.twoFactorOn : t.twoFactorOff}</AlertDescription>
        </Alert>
        <div>
          <Button asChild variant="outline">
            <Link href="/settings/security">{t.securityAction}</Link>
          </Button>
        </div>
      </section>
    </div>
  );
}
