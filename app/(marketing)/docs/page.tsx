import type { Metadata } from "next";
import { getLocale } from "@/lib/i18n/get-locale";
import { docsMessages } from "@/lib/i18n/messages/docs";
import { FaqList } from "../_components/faq-list";

export async function generateMetadata(): Promise<Metadata> {
  const t = docsMessages[await getLocale()];
  return { title: t.title, description: t.description };
}

export default async function DocsPage() {
  const t = docsMessages[await getLocale()];
  const linkClass = "text-primary underline-offset-4 hover:underline";
  return (
    <div className="mx-auto grid max-w-6xl gap-10 px-4 py-16 lg:grid-cols-[14rem_1fr]">
      <nav aria-labelledby="docs-toc" className="lg:sticky lg:top-6 lg:self-start">
        <h2 id="docs-toc" className="mb-3 text-sm font-semibold">
          {t.tocLabel}
        </h2>
        <ul className="grid gap-2 text-sm">
          {t.sections.map((section) => (
            <li key={section.id}>
              <a href={`#${section.id}`} className={linkClass}>
                {section.title}
              </a>
            </li>
          ))}
          <li>
            <a href="#faq" className={linkClass}>
              {t.faq.title}
            </a>
          </li>
        </ul>
      </nav>
      <article className="min-w-0">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{t.title}</h1>
        <p className="mt-4 max-w-2xl text-lg text-muted-foreground">{t.lead}</p>
        {t.sections.map((section) => (
          <section key={section.id} id={section.id} aria-labelledby={`${section.id}-title`} className="mt-12 scroll-mt-6">
            <h2 id={`${section.id}-title`} className="text-xl font-semibold">
              {section.title}
            </h2>
            {section.body.map((paragraph) => (
              <p key={paragraph} className="mt-3 max-w-3xl leading-relaxed">
                {paragraph}
              </p>
            ))}
            {section.steps.length > 0 ? (
              <ul className="mt-3 grid max-w-3xl list-disc gap-2 pl-6 leading-relaxed marker:text-muted-foreground">
                {section.steps.map((step) => (
                  <li key={step}>{step}</li>
                ))}
              </ul>
            ) : null}
          </section>
        ))}
        <section id="faq" aria-labelledby="faq-title" className="mt-16 scroll-mt-6">
          <h2 id="faq-title" className="mb-6 text-2xl font-semibold">
            {t.faq.title}
          </h2>
          <FaqList items={t.faq.items} />
        </section>
      </article>
    </div>
  );
}
