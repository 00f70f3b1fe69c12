import Link from "next/link";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import type { CatalogQuery } from "@/lib/catalog/catalog-query";
import type { CatalogMessages } from "@/lib/i18n/messages/catalog";

type Facets = { brands: string[]; types: Array<{ typeId: number; typeName: string }> };

/** A plain GET form: the filters live in the URL, so a view can be shared, reloaded and paged server-side. */
export function CatalogFilters({ query, connectionId, facets, t }: { query: CatalogQuery; connectionId: string; facets: Facets; t: CatalogMessages["filters"] }) {
  return (
    <form role="search" aria-label={t.legend} className="grid gap-3 rounded-lg border p-4 sm:grid-cols-2 lg:grid-cols-4">
      <input type="hidden" name="connection" value={connectionId} />
      <input type="hidden" name="sort" value={query.sort} />
      <input type="hidden" name="dir" value={query.dir} />
      <FormField id="catalog-q" label={t.q} className="sm:col-span-2">
        <Input name="q" type="search" defaultValue={query.q ?? ""} maxLength={100} />
      </FormField>
      <FormField id="catalog-type" label={t.type}>
        <NativeSelect name="typeId" defaultValue={query.typeId ?? ""}>
          <option value="">{t.any}</option>
          {facets.types.map((type) => (
            <option key={type.typeId} value={type.typeId}>
              {type.typeName}
            </option>
          ))}
        </NativeSelect>
      </FormField>
      <FormField id="catalog-brand" label={t.brand}>
        <NativeSelect name="brand" defaultValue={query.brand ?? ""}>
          <option value="">{t.any}</option>
          {facets.brands.map((brand) => (
            <option key={brand} value={brand}>
              {brand}
            </option>
          ))}
        </NativeSelect>
      </FormField>
      <FormField id="catalog-price-min" label={t.priceMin}>
        <Input name="priceMin" type="number" min={0} step="0.01" inputMode="decimal" defaultValue={query.priceMin ?? ""} />
      </FormField>
      <FormField id="catalog-price-max" label={t.priceMax}>
        <Input name="priceMax" type="number" min={0} step="0.01" inputMode="decimal" defaultValue={query.priceMax ?? ""} />
      </FormField>
      <FormField id="catalog-stock-min" label={t.stockMin}>
        <Input name="stockMin" type="number" min={0} step={1} defaultValue={query.stockMin ?? ""} />
      </FormField>
      <FormField id="catalog-stock-max" label={t.stockMax}>
        <Input name="stockMax" type="number" min={0} step={1} defaultValue={query.stockMax ?? ""} />
      </FormField>
      <FormField id="catalog-status" label={t.status}>
        <NativeSelect name="status" defaultValue={query.status ?? ""}>
          <option value="">{t.any}</option>
          {(Object.keys(t.statuses) as Array<keyof typeof t.statuses>).map((status) => (
            <option key={status} value={status}>
              {t.statuses[status]}
            </option>
          ))}
        </NativeSelect>
      </FormField>
      <FormField id="catalog-on-wb" label={t.onWb}>
        <NativeSelect name="onWb" defaultValue={query.onWb ?? ""}>
          <option value="">{t.any}</option>
          <option value="yes">{t.onWbValues.yes}</option>
          <option value="no">{t.onWbValues.no}</option>
        </NativeSelect>
      </FormField>
      <div className="flex items-end gap-2 sm:col-span-2 lg:col-span-4">
        <Button type="submit">{t.apply}</Button>
        <Button asChild variant="outline">
          <Link href={`/catalog?connection=${connectionId}`}>{t.reset}</Link>
        </Button>
      </div>
    </form>
  );
}
