import type { Metadata } from "next";
import Link from "next/link";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { listPublicPlans } from "@/lib/billing/plans";
import { getLocale } from "@/lib/i18n/get-locale";
import { marketingMessages } from "@/lib/i18n/messages/marketing";
import { PlanCard } from "../_components/plan-card";

// Plans change rarely (admin edits them); a minute of staleness keeps the page cheap.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = marketingMessages[await getLocale()].pricing;
  return { title: t.title, description: t.description };
}

export default async function PricingPage() {
  const locale = await getLocale();
  const t = marketingMessages[locale].pricing;
  const plans = await listPublicPlans();
  return (
    <div className="mx-auto max-w-6xl px-4 py-16">
      <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{t.title}</h1>
      <p className="mt-4 max-w-2xl text-lg text-muted-foreground">{t.lead}</p>
      {plans.length === 0 ? (
        <Alert className="mt-10">
          <AlertDescription>{t.empty}</AlertDescription>
        </Alert>
      ) : (
        <ul className="mt-10 grid gap-6 md:grid-cols-2 xl:grid-cols-4">
          {plans.map((plan) => (
            <li key={plan.id}>
              <PlanCard plan={plan} locale={locale} t={t} />
            </li>
          ))}
        </ul>
      )}
      <p className="mt-8 text-sm text-muted-foreground">{t.footnote}</p>
      <p className="mt-2 text-sm">
        {t.questions}{" "}
        <Link href="/docs#faq" className="font-medium text-primary underline-offset-4 hover:underline">
          {t.questionsLink}
        </Link>
      </p>
    </div>
  );
}
