import Link from "next/link";
import type { CommonMessages } from "@/lib/i18n/messages/common";
import { Logo } from "./logo";

export function SiteFooter({ t }: { t: CommonMessages }) {
  const linkClass = "text-sm text-muted-foreground hover:text-foreground underline-offset-4 hover:underline";
  return (
    <footer className="border-t bg-muted/40">
      <div className="mx-auto grid max-w-6xl gap-8 px-4 py-10 sm:grid-cols-3">
        <div className="grid content-start gap-3">
          <Logo label={t.brand} />
          <p className="text-sm text-muted-foreground">{t.footer.tagline}</p>
        </div>
        <nav aria-labelledby="footer-product">
          <h2 id="footer-product" className="mb-3 text-sm font-semibold">
            {t.footer.product}
          </h2>
          <ul className="grid gap-2">
            <li><Link href="/#features" className={linkClass}>{t.nav.features}</Link></li>
            <li><Link href="/pricing" className={linkClass}>{t.nav.pricing}</Link></li>
            <li><Link href="/sign-up" className={linkClass}>{t.nav.signUp}</Link></li>
          </ul>
        </nav>
        <nav aria-labelledby="footer-support">
          <h2 id="footer-support" className="mb-3 text-sm font-semibold">
            {t.footer.support}
          </h2>
          <ul className="grid gap-2">
            <li><Link href="/docs" className={linkClass}>{t.nav.docs}</Link></li>
            <li><Link href="/docs#faq" className={linkClass}>{t.footer.faq}</Link></li>
            <li><Link href="/sign-in" className={linkClass}>{t.nav.signIn}</Link></li>
          </ul>
        </nav>
      </div>
      <p className="mx-auto max-w-6xl px-4 pb-8 text-sm text-muted-foreground">{t.footer.rights(new Date().getFullYear())}</p>
    </footer>
  );
}
