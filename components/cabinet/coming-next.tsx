import { Construction } from "lucide-react";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { getLocale } from "@/lib/i18n/get-locale";
import { cabinetMessages } from "@/lib/i18n/messages/cabinet";

type Section = keyof (typeof cabinetMessages)["ru"]["nav"];

/** A cabinet section whose feature has not landed yet: its title and an honest placeholder. */
export async function ComingNext({ section }: { section: Section }) {
  const t = cabinetMessages[await getLocale()];
  return (
    <div className="grid gap-6">
      <h1 className="text-2xl font-semibold">{t.nav[section]}</h1>
      <EmptyState
        icon={Construction}
        title={t.comingNext.title}
        description={t.comingNext.description}
        action={
          <Button asChild variant="outline">
            <Link href="/settings">{t.comingNext.action}</Link>
          </Button>
        }
      />
    </div>
  );
}
