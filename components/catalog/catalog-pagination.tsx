import Link from "next/link";
import { Button } from "@/components/ui/button";
import { catalogHref, type CatalogQuery } from "@/lib/catalog/catalog-query";
import type { CatalogMessages } from "@/lib/i18n/messages/catalog";

export function CatalogPagination({ query, pageCount, t }: { query: CatalogQuery; pageCount: number; t: CatalogMessages }) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={t.pagination} className="flex items-center gap-3">
      {query.page > 1 ? (
        <Button asChild variant="outline" size="sm">
          <Link href={catalogHref(query, { page: query.page - 1 })}>{t.previous}</Link>
        </Button>
      ) : null}
      <span className="text-sm text-muted-foreground">{t.pageOf(query.page, pageCount)}</span>
      {query.page < pageCount ? (
        <Button asChild variant="outline" size="sm">
          <Link href={catalogHref(query, { page: query.page + 1 })}>{t.next}</Link>
        </Button>
      ) : null}
    </nav>
  );
}
