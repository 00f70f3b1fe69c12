import type { Metadata } from "next";
import Link from "next/link";
import { PackageOpen } from "lucide-react";
import { CatalogFilters } from "@/components/catalog/catalog-filters";
import { CatalogPagination } from "@/components/catalog/catalog-pagination";
import { ImportButtons } from "@/components/catalog/import-buttons";
import { ImportProgress } from "@/components/catalog/import-progress";
import { ProductTable } from "@/components/catalog/product-table";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { FormField } from "@/components/ui/form-field";
import { NativeSelect } from "@/components/ui/native-select";
import { requireOrganisation } from "@/lib/auth/session";
import { catalogHref, filterOf, parseCatalogQuery, SORT_KEYS } from "@/lib/catalog/catalog-query";
import { catalogFacets, latestImport, listCatalog, ozonConnectionsOf } from "@/lib/catalog/queries";
import { formatMoney } from "@/lib/i18n/format";
import { getLocale } from "@/lib/i18n/get-locale";
import { catalogMessages } from "@/lib/i18n/messages/catalog";

export const metadata: Metadata = { title: "Каталог" };

export default async function CatalogPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { organisation } = await requireOrganisation();
  const locale = await getLocale();
  const t = catalogMessages[locale];
  const query = parseCatalogQuery(await searchParams);
  const connections = await ozonConnectionsOf(organisation.id);
  if (connections.length === 0) {
    return (
      <div className="grid gap-6">
        <h1 className="text-2xl font-semibold">{t.title}</h1>
        <EmptyState
          icon={PackageOpen}
          title={t.noConnections.title}
          description={t.noConnections.description}
          action={
            <Button asChild>
              <Link href="/connections">{t.noConnections.action}</Link>
            </Button>
          }
        />
      </div>
    );
  }
  // An unknown or foreign id in the URL falls back to the first own connection.
  const connection = connections.find((c) => c.id === query.connection) ?? connections[0]!;
  const [progress, list, facets] = await Promise.all([
    latestImport(organisation.id, connection.id),
    listCatalog(organisation.id, connection.id, query),
    catalogFacets(organisation.id, connection.id),
  ]);
  const view = { ...query, connection: connection.id };
  const busy = progress?.status === "queued" || progress?.status === "running";
  const hasFilter = Object.keys(filterOf(query)).length > 0;
  const dateFormat = new Intl.DateTimeFormat(locale === "ru" ? "ru-RU" : "en-GB", { dateStyle: "short", timeStyle: "short" });
  const sortHeaders = SORT_KEYS.map((key) => {
    const active = view.sort === key ? view.dir : null;
    const nextDir = active === "asc" ? ("desc" as const) : ("asc" as const);
    return { key, active, nextDir, href: catalogHref(view, { sort: key, dir: nextDir, page: undefined }) };
  });

  return (
    <div className="grid gap-6">
      <h1 className="text-2xl font-semibold">{t.title}</h1>
      <div className="flex flex-wrap items-end gap-4">
        {connections.length > 1 ? (
          <form className="flex items-end gap-2">
            <FormField id="catalog-connection" label={t.connectionLabel}>
              <NativeSelect name="connection" defaultValue={connection.id} className="w-64">
                {connections.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.environment === "sandbox" ? `${c.name} (${t.sandbox})` : c.name}
                  </option>
                ))}
              </NativeSelect>
            </FormField>
            <Button type="submit" variant="outline">
              {t.connectionSubmit}
            </Button>
          </form>
        ) : (
          <p className="text-sm">
            {t.connectionLabel}: <strong>{connection.name}</strong>
          </p>
        )}
        <ImportButtons connectionId={connection.id} canRefresh={progress?.status === "succeeded"} busy={busy} labels={{ full: t.importFull, refresh: t.importRefresh }} />
      </div>
      {progress ? <ImportProgress progress={progress} t={t.progress} /> : null}
      {list.total === 0 && !hasFilter ? (
        busy ? null : <EmptyState icon={PackageOpen} title={t.empty.title} description={t.empty.description} />
      ) : (
        <>
          <CatalogFilters query={view} connectionId={connection.id} facets={facets} t={t.filters} />
          {list.total === 0 ? (
            <p>{t.noMatches}</p>
          ) : (
            <ProductTable
              connectionId={connection.id}
              total={list.total}
              filter={filterOf(query)}
              sortHeaders={sortHeaders}
              locale={locale}
              rows={list.rows.map((row) => ({
                productId: row.productId,
                offerId: row.offerId,
                name: row.name,
                brand: row.brand,
                typeName: row.typeName,
                price: row.price === null ? "—" : formatMoney(row.price, row.currency ?? "RUB", locale),
                stockTotal: row.stockTotal,
                status: row.status,
                onWb: row.onWb,
                primaryImage: row.primaryImage,
                updated: dateFormat.format(row.updatedAt),
              }))}
            />
          )}
          <CatalogPagination query={view} pageCount={list.pageCount} t={t} />
        </>
      )}
    </div>
  );
}
