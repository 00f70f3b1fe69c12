import { ErrorPage } from "@/components/error-page";
import { getLocale } from "@/lib/i18n/get-locale";
import { errorPageMessages } from "@/lib/i18n/messages/errors";

export default async function NotFound() {
  const t = errorPageMessages[await getLocale()];
  return <ErrorPage code={404} title={t.notFoundTitle} text={t.notFoundText} links={[{ href: "/", label: t.home }]} />;
}
