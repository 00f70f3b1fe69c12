import type { Metadata } from "next";
import Link from "next/link";
import {
  BookOpenCheckIcon,
  CopyXIcon,
  ImageIcon,
  KeyRoundIcon,
  LockKeyholeIcon,
  RulerIcon,
  ShieldCheckIcon,
  TypeIcon,
  type LucideIcon,
  ListChecksIcon,
  EyeOffIcon,
} from "lucide-react";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { getLocale } from "@/lib/i18n/get-locale";
import { marketingMessages } from "@/lib/i18n/messages/marketing";
import { FaqList } from "./_components/faq-list";
import { Section } from "./_components/section";

export async function generateMetadata(): Promise<Metadata> {
  const t = marketingMessages[await getLocale()];
  return { title: { absolute: t.layoutTitle }, description: t.meta.description };
}

// Icons in the order of the checks and safety lists in the messages.
const checkIcons: LucideIcon[] = [ListChecksIcon, BookOpenCheckIcon, RulerIcon, TypeIcon, ImageIcon, CopyXIcon];
const safetyIcons: LucideIcon[] = [LockKeyholeIcon, EyeOffIcon, KeyRoundIcon];

export default async function LandingPage() {
  const t = marketingMessages[await getLocale()];
  return (
    <>
      <section aria-labelledby="hero-title" className="border-b bg-gradient-to-b from-accent to-background">
        <div className="mx-auto max-w-6xl px-4 py-20 sm:py-28">
          <p className="text-sm font-medium text-primary">{t.hero.eyebrow}</p>
          <h1 id="hero-title" className="mt-3 max-w-3xl text-4xl font-bold tracking-tight text-balance sm:text-5xl">
            {t.hero.title}
          </h1>
          <p className="mt-6 max-w-2xl text-lg text-muted-foreground">{t.hero.lead}</p>
          <div className="mt-8 flex flex-wrap gap-3">
            <Button asChild size="lg">
              <Link href="/sign-up">{t.hero.primaryCta}</Link>
            </Button>
            <Button asChild size="lg" variant="outline">
              <Link href="#how-it-works">{t.hero.secondaryCta}</Link>
            </Button>
          </div>
          <p className="mt-4 text-sm text-muted-foreground">{t.hero.note}</p>
        </div>
      </section>

      <Section id="how-it-works" title={t.steps.title}>
        <ol className="grid gap-6 md:grid-cols-5">
          {t.steps.items.map((step, index) => (
            <li key={step.title} className="grid content-start gap-2">
              <span
                aria-hidden="true"
                className="flex size-9 items-center justify-center rounded-full bg-primary font-semibold text-primary-foreground"
              >
                {index + 1}
              </span>
              <h3 className="font-semibold">{step.title}</h3>
              <p className="text-sm text-muted-foreground">{step.text}</p>
            </li>
          ))}
        </ol>
      </Section>

      <Section id="features" title={t.checks.title} intro={t.checks.intro} className="bg-muted/40">
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {t.checks.items.map((check, index) => (
            <IconCard key={check.title} icon={checkIcons[index] ?? ShieldCheckIcon} title={check.title} text={check.text} />
          ))}
        </ul>
      </Section>

      <Section id="safety" title={t.safety.title}>
        <ul className="grid gap-4 md:grid-cols-3">
          {t.safety.items.map((item, index) => (
            <IconCard key={item.title} icon={safetyIcons[index] ?? ShieldCheckIcon} title={item.title} text={item.text} />
          ))}
        </ul>
      </Section>

      <Section id="pricing" title={t.pricingTeaser.title} className="bg-muted/40">
        <div className="flex flex-col items-start gap-4 md:flex-row md:items-center md:justify-between">
          <p className="max-w-2xl text-muted-foreground">{t.pricingTeaser.text}</p>
          <Button asChild variant="outline" size="lg">
            <Link href="/pricing">{t.pricingTeaser.cta}</Link>
          </Button>
        </div>
      </Section>

      <Section id="faq" title={t.faq.title}>
        <FaqList items={t.faq.items} />
        <p className="mt-6">
          <Link href="/docs#faq" className="font-medium text-primary underline-offset-4 hover:underline">
            {t.faq.more}
          </Link>
        </p>
      </Section>

      <section aria-labelledby="final-cta-title" className="border-t bg-primary text-primary-foreground">
        <div className="mx-auto flex max-w-6xl flex-col items-start gap-4 px-4 py-14 md:flex-row md:items-center md:justify-between">
          <div>
            <h2 id="final-cta-title" className="text-2xl font-semibold tracking-tight">
              {t.finalCta.title}
            </h2>
            <p className="mt-2 opacity-90">{t.finalCta.text}</p>
          </div>
          <Button asChild size="lg" variant="secondary">
            <Link href="/sign-up">{t.finalCta.button}</Link>
          </Button>
        </div>
      </section>
    </>
  );
}

function IconCard({ icon: Icon, title, text }: { icon: LucideIcon; title: string; text: string }) {
  return (
    <li>
      <Card className="h-full gap-3">
        <CardHeader>
          <Icon className="mb-2 size-6 text-primary" aria-hidden="true" />
          <CardTitle as="h3">{title}</CardTitle>
        </CardHeader>
        <CardContent>
          <CardDescription>{text}</CardDescription>
        </CardContent>
      </Card>
    </li>
  );
}
