import { PlugZap } from "lucide-react";
import type { Metadata } from "next";
import { AddOzonForm, AddWbForm } from "@/components/connections/add-connection-forms";
import { ConnectionCard } from "@/components/connections/connection-card";
import { SandboxForm } from "@/components/connections/sandbox-form";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { requireOrganisation } from "@/lib/auth/session";
import { listConnections } from "@/lib/connections/queries";
import { getLocale } from "@/lib/i18n/get-locale";
import { connectionsMessages } from "@/lib/i18n/messages/connections";

export const metadata: Metadata = { title: "Подключения" };

export default async function ConnectionsPage() {
  const { organisation } = await requireOrganisation();
  const locale = await getLocale();
  const t = connectionsMessages[locale];
  const connections = await listConnections(organisation.id);
  const addCards = [
    { id: "add-ozon", title: t.addOzon.title, description: t.addOzon.description, form: <AddOzonForm locale={locale} /> },
    { id: "add-wb", title: t.addWb.title, description: t.addWb.description, form: <AddWbForm locale={locale} /> },
  ];
  return (
    <div className="grid gap-8">
      <div className="grid gap-2">
        <h1 className="text-2xl font-semibold">{t.title}</h1>
        <p className="max-w-3xl text-muted-foreground">{t.intro}</p>
      </div>

      <section aria-label={t.listLabel} className="grid gap-4">
        {connections.length === 0 ? (
          <EmptyState icon={PlugZap} title={t.empty.title} description={t.empty.description} />
        ) : (
          connections.map((connection) => <ConnectionCard key={connection.id} connection={connection} locale={locale} />)
        )}
      </section>

      <Card role="region" aria-labelledby="sandbox-title">
        <CardHeader>
          <CardTitle as="h2" id="sandbox-title">
            {t.sandbox.title}
          </CardTitle>
          <CardDescription>{t.sandbox.description}</CardDescription>
          <CardDescription>{t.sandbox.note}</CardDescription>
        </CardHeader>
        <CardContent>
          <SandboxForm locale={locale} />
        </CardContent>
      </Card>

      <div className="grid gap-6 lg:grid-cols-2">
        {addCards.map((card) => (
          <Card key={card.id} role="region" aria-labelledby={`${card.id}-title`}>
            <CardHeader>
              <CardTitle as="h2" id={`${card.id}-title`}>
                {card.title}
              </CardTitle>
              <CardDescription>{card.description}</CardDescription>
            </CardHeader>
            <CardContent>{card.form}</CardContent>
          </Card>
        ))}
      </div>
    </div>
  );
}
