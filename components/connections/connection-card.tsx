import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { decodeFailure } from "@/lib/connections/check-failure";
import type { ConnectionView } from "@/lib/connections/queries";
import type { Locale } from "@/lib/i18n/locales";
import { connectionsMessages, failureMessage } from "@/lib/i18n/messages/connections";
import { ConnectionActions } from "./connection-actions";

const dateTime = (locale: Locale) => new Intl.DateTimeFormat(locale === "ru" ? "ru-RU" : "en-GB", { dateStyle: "medium", timeStyle: "short" });
const date = (locale: Locale) => new Intl.DateTimeFormat(locale === "ru" ? "ru-RU" : "en-GB", { dateStyle: "long" });

/** One connection: what it is, its masked key and its health, with the seller's actions. */
export function ConnectionCard({ connection, locale }: { connection: ConnectionView; locale: Locale }) {
  const t = connectionsMessages[locale];
  const headingId = `connection-${connection.id}`;
  const rows: Array<[string, string]> = [[t.details.key, connection.credentialsHint]];
  if (connection.sellerName) rows.push([t.details.seller, connection.sellerName]);
  rows.push([t.details.lastCheck, connection.lastCheckedAt ? dateTime(locale).format(connection.lastCheckedAt) : t.details.never]);
  if (connection.tokenExpiresAt) rows.push([t.details.tokenExpires, date(locale).format(connection.tokenExpiresAt)]);
  if (connection.lastError) rows.push([t.details.lastError, failureMessage(t, decodeFailure(connection.lastError, connection.marketplace))]);
  return (
    <Card role="region" aria-labelledby={headingId} className="gap-4">
      <CardHeader className="flex flex-wrap items-center gap-2">
        <CardTitle as="h3" id={headingId} className="mr-2 text-lg">
          {connection.name}
        </CardTitle>
        <Badge variant="outline">{t.marketplace[connection.marketplace]}</Badge>
        {connection.environment === "sandbox" ? <Badge variant="secondary">{t.sandboxBadge}</Badge> : null}
        <Badge variant={connection.status === "active" ? "success" : "destructive"}>{t.status[connection.status]}</Badge>
      </CardHeader>
      <CardContent className="grid gap-4">
        <dl className="grid gap-2 text-sm sm:grid-cols-[12rem_1fr]">
          {rows.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="text-muted-foreground">{label}</dt>
              <dd className={label === t.details.lastError ? "text-destructive" : undefined}>{value}</dd>
            </div>
          ))}
        </dl>
        <ConnectionActions
          locale={locale}
          connection={{ id: connection.id, name: connection.name, marketplace: connection.marketplace, environment: connection.environment }}
        />
      </CardContent>
    </Card>
  );
}
