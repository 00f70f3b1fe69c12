"use client";

import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { CatalogFilter } from "@/lib/catalog/catalog-query";
import { emptySelection, isSelected, selectedCount, toggleProduct } from "@/lib/catalog/selection";
import type { Locale } from "@/lib/i18n/locales";
import { catalogMessages } from "@/lib/i18n/messages/catalog";
import { useSelection } from "./use-selection";

export type ProductRowView = {
  productId: number;
  offerId: string;
  name: string;
  brand: string | null;
  typeName: string | null;
  price: string;
  stockTotal: number;
  status: "active" | "archived" | "removed";
  onWb: boolean;
  primaryImage: string | null;
  updated: string;
};

type SortHeader = { key: "name" | "price" | "stock" | "updated"; href: string; active: "asc" | "desc" | null; nextDir: "asc" | "desc" };

/**
 * The product rows with selection (lib/catalog/selection.ts, kept per connection by useSelection);
 * "select all by filter" stores the filter itself, never thousands of ids.
 */
export function ProductTable({ connectionId, rows, total, filter, sortHeaders, locale }: {
  connectionId: string;
  rows: ProductRowView[];
  total: number;
  filter: CatalogFilter;
  sortHeaders: SortHeader[];
  // The locale, not the messages: they hold functions, which cannot cross to a client component.
  locale: Locale;
}) {
  const t = catalogMessages[locale];
  const [selection, update] = useSelection(connectionId);
  const count = selectedCount(selection, total);
  const pageSelected = rows.length > 0 && rows.every((row) => isSelected(selection, row.productId));
  const header = (key: SortHeader["key"]) => {
    const sort = sortHeaders.find((h) => h.key === key)!;
    return (
      <TableHead aria-sort={sort.active === null ? undefined : sort.active === "asc" ? "ascending" : "descending"}>
        <Link href={sort.href} aria-label={t.sortBy(t.columns[key], sort.nextDir)} className="underline-offset-4 hover:underline">
          {t.columns[key]}
          {sort.active === "asc" ? " ↑" : sort.active === "desc" ? " ↓" : ""}
        </Link>
      </TableHead>
    );
  };
  return (
    <div className="grid gap-3">
      <div className="flex flex-wrap items-center gap-3" role="status">
        <span className="text-sm">{t.total(total)}</span>
        <span className="text-sm font-medium">{t.selected(count)}</span>
        <Button type="button" variant="outline" size="sm" onClick={() => update({ mode: "filter", connectionId, filter, excluded: [] })}>
          {t.selectAll(total)}
        </Button>
        {count > 0 ? (
          <Button type="button" variant="ghost" size="sm" onClick={() => update(emptySelection(connectionId))}>
            {t.clearSelection}
          </Button>
        ) : null}
        {count > 0 ? <span className="text-sm text-muted-foreground">{t.selectionHint}</span> : null}
      </div>
      <Table>
        <TableHeader>
          <TableRow>
            <TableHead>
              <Checkbox
                aria-label={t.selectPage}
                checked={pageSelected}
                onCheckedChange={(checked) => update(rows.reduce((next, row) => toggleProduct(next, row.productId, checked === true), selection))}
              />
            </TableHead>
            <TableHead>{t.columns.image}</TableHead>
            {header("name")}
            <TableHead>{t.columns.offerId}</TableHead>
            <TableHead>{t.columns.brand}</TableHead>
            <TableHead>{t.columns.type}</TableHead>
            {header("price")}
            {header("stock")}
            <TableHead>{t.columns.status}</TableHead>
            {header("updated")}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.productId} data-testid={`product-${row.offerId}`}>
              <TableCell>
                <Checkbox
                  aria-label={t.selectRow(row.name)}
                  checked={isSelected(selection, row.productId)}
                  onCheckedChange={(checked) => update(toggleProduct(selection, row.productId, checked === true))}
                />
              </TableCell>
              <TableCell>
                {row.primaryImage ? (
                  // eslint-disable-next-line @next/next/no-img-element -- marketplace CDN images, not ours to optimise
                  <img src={row.primaryImage} alt="" width={40} height={40} loading="lazy" className="size-10 rounded object-cover" />
                ) : null}
              </TableCell>
              <TableCell className="max-w-xs truncate" title={row.name}>
                {row.name}
              </TableCell>
              <TableCell>{row.offerId}</TableCell>
              <TableCell>{row.brand ?? "—"}</TableCell>
              <TableCell>{row.typeName ?? "—"}</TableCell>
              <TableCell className="text-right tabular-nums">{row.price}</TableCell>
              <TableCell className="text-right tabular-nums">{row.stockTotal}</TableCell>
              <TableCell className="space-x-1">
                <Badge variant={row.status === "active" ? "success" : "outline"}>{t.filters.statuses[row.status]}</Badge>
                {row.onWb ? <Badge variant="outline">{t.onWbBadge}</Badge> : null}
              </TableCell>
              <TableCell>{row.updated}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
