import Link from "next/link";
import { Button } from "@/components/ui/button";

/** The body of 403 and 404 pages: what happened and a way out. */
export function ErrorPage({ code, title, text, links }: { code: number; title: string; text: string; links: { href: string; label: string }[] }) {
  return (
    <main id="main" className="mx-auto flex min-h-dvh max-w-lg flex-col items-start justify-center gap-4 p-6">
      <p className="text-sm font-medium text-muted-foreground">{code}</p>
      <h1 className="text-3xl font-semibold">{title}</h1>
      <p className="text-muted-foreground">{text}</p>
      <div className="flex gap-2">
        {links.map((link) => (
          <Button key={link.href} asChild variant="outline">
            <Link href={link.href}>{link.label}</Link>
          </Button>
        ))}
      </div>
    </main>
  );
}
