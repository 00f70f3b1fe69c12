import Link from "next/link";
import { CheckIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import type { PublicPlan } from "@/lib/billing/plans";
import { formatMoney } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { MarketingMessages } from "@/lib/i18n/messages/marketing";

type PlanCardProps = { plan: PublicPlan; locale: Locale; t: MarketingMessages["pricing"] };

/**
 * One plan on /pricing: price per month, the admins' feature lines (they already state the
 * product and connection limits) and a sign-up button.
 */
export function PlanCard({ plan, locale, t }: PlanCardProps) {
  const name = locale === "ru" ? plan.nameRu : plan.nameEn;
  const features = locale === "ru" ? plan.featuresRu : plan.featuresEn;
  const isFree = plan.priceMonthlyMinor === 0;
  return (
    <Card className="h-full">
      <CardHeader>
        <CardTitle as="h2" className="text-xl">
          {name}
        </CardTitle>
        <p className="mt-2">
          <span className="text-3xl font-bold">{isFree ? t.free : formatMoney(plan.priceMonthlyMinor, plan.currency, locale)}</span>
          {isFree ? null : <span className="ml-1 text-sm text-muted-foreground">{t.perMonth}</span>}
        </p>
      </CardHeader>
      <CardContent className="flex-1">
        <ul className="grid gap-2 text-sm">
          {features.map((line) => (
            <li key={line} className="flex gap-2">
              <CheckIcon className="mt-0.5 size-4 shrink-0 text-success" aria-hidden="true" />
              {line}
            </li>
          ))}
        </ul>
      </CardContent>
      <CardFooter>
        <Button asChild className="w-full" variant={isFree ? "outline" : "default"}>
          <Link href={`/sign-up?plan=${encodeURIComponent(plan.code)}`}>{isFree ? t.startFree : t.choose(name)}</Link>
        </Button>
      </CardFooter>
    </Card>
  );
}
