import type { Metadata } from "next";
import { getLocale } from "@/lib/i18n/get-locale";
import { commonMessages } from "@/lib/i18n/messages/common";
import { marketingMessages } from "@/lib/i18n/messages/marketing";
import { SiteFooter } from "./_components/site-footer";
import { SiteHeader } from "./_components/site-header";

export async function generateMetadata(): Promise<Metadata> {
  const t = marketingMessages[await getLocale()];
  return { title: { template: "%s · CardPort", default: t.layoutTitle }, description: t.meta.description };
}

export default async function MarketingLayout({ children }: { children: React.ReactNode }) {
  const t = commonMessages[await getLocale()];
  return (
    <div className="flex min-h-dvh flex-col">
      <a
        href="#main"
        className="sr-only rounded-md bg-primary px-4 py-2 text-primary-foreground focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-50"
      >
        {t.skipToContent}
      </a>
      <SiteHeader t={t} />
      <main id="main" tabIndex={-1} className="flex-1 outline-none">
        {children}
      </main>
      <SiteFooter t={t} />
    </div>
  );
}
