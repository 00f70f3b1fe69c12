import { ErrorPage } from "@/components/error-page";
import { getLocale } from "@/lib/i18n/get-locale";
import { errorPageMessages } from "@/lib/i18n/messages/errors";

export default async function Forbidden() {
  const t = errorPageMessages[await getLocale()];
  return <ErrorPage code={403} title={t.forbiddenTitle} text={t.forbiddenText} links={[{ href: "/dashboard", label: t.cabinet }]} />;
}
