import type { Metadata } from "next";
import { AuthCard } from "@/components/auth/auth-card";
import { TwoFactorForm } from "@/components/auth/two-factor-form";
import { safeNextPath } from "@/lib/auth/safe-next";
import { getLocale } from "@/lib/i18n/get-locale";
import { authMessages } from "@/lib/i18n/messages/auth";

export const metadata: Metadata = { title: "Двухфакторная проверка" };

export default async function TwoFactorPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const { next } = await searchParams;
  const t = authMessages[await getLocale()];
  return (
    <AuthCard title={t.twoFactor.title} description={t.twoFactor.description}>
      <TwoFactorForm label={t.fields.code} submit={t.twoFactor.submit} next={safeNextPath(next)} />
    </AuthCard>
  );
}
