import type { Metadata } from "next";
import Link from "next/link";
import { AuthCard } from "@/components/auth/auth-card";
import { ForgotPasswordForm } from "@/components/auth/forgot-password-form";
import { getLocale } from "@/lib/i18n/get-locale";
import { authMessages } from "@/lib/i18n/messages/auth";

export const metadata: Metadata = { title: "Восстановление пароля" };

export default async function ForgotPasswordPage() {
  const t = authMessages[await getLocale()];
  return (
    <AuthCard
      title={t.forgot.title}
      description={t.forgot.description}
      footer={
        <Link href="/sign-in" className="font-medium text-primary underline">
          {t.forgot.back}
        </Link>
      }
    >
      <ForgotPasswordForm label={t.fields.email} submit={t.forgot.submit} />
    </AuthCard>
  );
}
