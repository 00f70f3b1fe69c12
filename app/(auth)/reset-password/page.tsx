import type { Metadata } from "next";
import Link from "next/link";
import { AuthCard } from "@/components/auth/auth-card";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { getLocale } from "@/lib/i18n/get-locale";
import { authMessages } from "@/lib/i18n/messages/auth";

export const metadata: Metadata = { title: "Новый пароль" };

/** Better Auth redirects the mailed link here with ?token=… (or ?error=INVALID_TOKEN). */
export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string; error?: string }> }) {
  const { token, error } = await searchParams;
  const t = authMessages[await getLocale()];
  return (
    <AuthCard title={t.reset.title} description={t.reset.description}>
      {token && !error ? (
        <ResetPasswordForm token={token} fields={t.fields} submit={t.reset.submit} />
      ) : (
        <div className="grid gap-4">
          <Alert variant="destructive">
            <AlertDescription>{t.reset.missingToken}</AlertDescription>
          </Alert>
          <Link href="/forgot-password" className="font-medium text-primary underline">
            {t.reset.requestNew}
          </Link>
        </div>
      )}
    </AuthCard>
  );
}
