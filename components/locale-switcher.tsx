import { getLocale } from "@/lib/i18n/get-locale";
import { locales } from "@/lib/i18n/locales";
import { commonMessages } from "@/lib/i18n/messages/common";
import { setLocale } from "@/lib/i18n/set-locale";
import { Button } from "@/components/ui/button";

/**
 * The language switch for any header: one submit button per language posting to `setLocale`,
 * so it works before (and without) client JS.
 */
export async function LocaleSwitcher({ className }: { className?: string }) {
  const locale = await getLocale();
  const t = commonMessages[locale].localeSwitcher;
  return (
    <form action={setLocale} className={className}>
      {/* fieldset + legend names the group without ids, so two switchers can share a page;
          a floated legend sits inline instead of on the fieldset border. */}
      <fieldset className="flex items-center gap-2">
        <legend className="float-left mr-2 text-sm text-muted-foreground">{t.label}</legend>
        {locales.map((option) => (
          <Button
            key={option}
            type="submit"
            name="locale"
            value={option}
            lang={option}
            size="sm"
            variant={option === locale ? "secondary" : "ghost"}
            aria-current={option === locale ? "true" : undefined}
          >
            {t.names[option]}
          </Button>
        ))}
      </fieldset>
    </form>
  );
}
