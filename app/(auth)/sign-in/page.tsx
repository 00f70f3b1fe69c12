import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/auth/auth-card";
import { SignInForm } from "@/components/auth/sign-in-form";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { safeNextPath } from "@/lib/auth/safe-next";
import { getSession } from "@/lib/auth/session";
import { getLocale } from "@/lib/i18n/get-locale";
import { authMessages } from "@/lib/i18n/messages/auth";

export const metadata: Metadata = { title: "Вход" };

type SearchParams = Promise<{ verified?: string; reset?: string; error?: string; next?: string }>;

export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const next = safeNextPath(params.next);
  if (await getSession()) redirect(next);
  const t = authMessages[await getLocale()];
  // Better Auth appends ?error=… to the callback when a confirmation link is bad or expired.
  const notice = params.error
    ? { variant: "destructive" as const, text: t.signIn.verifyFailed }
    : params.verified
      ? { variant: "success" as const, text: t.signIn.verified }
      : params.reset
        ? { variant: "success" as const, text: t.signIn.passwordChanged }
        : null;
  return (
    <AuthCard
      title={t.signIn.title}
      description={t.signIn.description}
      footer={
        <>
          <Link href="/forgot-password" className="font-medium text-primary underline">
            {t.signIn.forgot}
          </Link>
          <p>
            {t.signIn.noAccount}{" "}
            <Link href="/sign-up" className="font-medium text-primary underline">
              {t.signIn.signUpLink}
            </Link>
          </p>
        </>
      }
    >
      <div className="grid gap-4">
        {notice ? (
          <Alert variant={notice.variant}>
            <AlertDescription>{notice.text}</AlertDescription>
          </Alert>
        ) : null}
        <SignInForm fields={t.fields} submit={t.signIn.submit} next={params.next ? next : undefined} />
      </div>
    </AuthCard>
  );
}
