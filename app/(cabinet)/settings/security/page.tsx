import type { Metadata } from "next";
import { ChangePasswordForm } from "@/components/settings/change-password-form";
import { TwoFactorSettings } from "@/components/settings/two-factor-settings";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { getLocale } from "@/lib/i18n/get-locale";
import { authMessages } from "@/lib/i18n/messages/auth";
import { cabinetMessages } from "@/lib/i18n/messages/cabinet";

export const metadata: Metadata = { title: "Безопасность" };

export default async function SecurityPage({ searchParams }: { searchParams: Promise<{ required?: string }> }) {
  const { user } = await requireUser();
  const { required } = await searchParams;
  const locale = await getLocale();
  const t = cabinetMessages[locale].security;
  const fields = authMessages[locale].fields;
  return (
    <div className="grid max-w-3xl gap-6">
      <h1 className="text-2xl font-semibold">{t.title}</h1>
      {required === "admin" && !user.twoFactorEnabled ? (
        <Alert variant="destructive">
          <AlertDescription>{t.adminRequired}</AlertDescription>
        </Alert>
      ) : null}
      <Card>
        <CardHeader>
          <CardTitle as="h2" className="flex items-center gap-3">
            {t.twoFactorTitle}
            <Badge variant={user.twoFactorEnabled ? "success" : "outline"}>{user.twoFactorEnabled ? t.statusOn : t.statusOff}</Badge>
          </CardTitle>
          <CardDescription>{t.twoFactorDescription}</CardDescription>
        </CardHeader>
        <CardContent>
          <TwoFactorSettings enabled={Boolean(user.twoFactorEnabled)} fields={fields} t={t} />
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle as="h2">{t.passwordTitle}</CardTitle>
          <CardDescription>{t.passwordDescription}</CardDescription>
        </CardHeader>
        <CardContent>
          <ChangePasswordForm fields={fields} submit={t.passwordSubmit} />
        </CardContent>
      </Card>
    </div>
  );
}
