import { cn } from "@/lib/utils";

type SectionProps = {
  id: string;
  title: string;
  intro?: string;
  className?: string;
  children: React.ReactNode;
};

/** A landing-page band with an h2 that names the region for assistive tech. */
export function Section({ id, title, intro, className, children }: SectionProps) {
  const headingId = `${id}-title`;
  return (
    <section id={id} aria-labelledby={headingId} className={cn("scroll-mt-4 py-16", className)}>
      <div className="mx-auto max-w-6xl px-4">
        <h2 id={headingId} className="text-2xl font-semibold tracking-tight sm:text-3xl">
          {title}
        </h2>
        {intro ? <p className="mt-3 max-w-3xl text-muted-foreground">{intro}</p> : null}
        <div className="mt-8">{children}</div>
      </div>
    </section>
  );
}
