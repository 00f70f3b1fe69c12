import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/auth/auth-card";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { getSession } from "@/lib/auth/session";
import { getLocale } from "@/lib/i18n/get-locale";
import { authMessages } from "@/lib/i18n/messages/auth";
import { outboxEnabled } from "@/lib/mail/send-mail";

export const metadata: Metadata = { title: "Регистрация" };

export default async function SignUpPage() {
  if (await getSession()) redirect("/dashboard");
  const t = authMessages[await getLocale()];
  return (
    <AuthCard
      title={t.signUp.title}
      description={t.signUp.description}
      footer={
        <p>
          {t.signUp.haveAccount}{" "}
          <Link href="/sign-in" className="font-medium text-primary underline">
            {t.signUp.signInLink}
          </Link>
        </p>
      }
    >
      <SignUpForm
        fields={t.fields}
        labels={{ submit: t.signUp.submit, doneTitle: t.signUp.doneTitle, outboxHint: t.signUp.outboxHint, outboxLink: t.signUp.outboxLink }}
        showOutboxHint={outboxEnabled()}
      />
    </AuthCard>
  );
}
