import type { CheckFailure } from "@/lib/connections/check-failure";
import type { ManageFailure } from "@/lib/connections/manage";
import { authMessage } from "@/lib/marketplaces/error-messages";
import { defineMessages } from "./define";

type Marketplace = CheckFailure["marketplace"];
const NAME: Record<Marketplace, string> = { ozon: "Ozon", wb: "Wildberries" };
const WB_SCOPE_RU: Record<string, string> = { content: "«Контент»", prices: "«Цены и скидки»", marketplace: "«Маркетплейс»" };
const WB_SCOPE_EN: Record<string, string> = { content: "Content", prices: "Prices and discounts", marketplace: "Marketplace" };

const ru = {
  title: "Подключения",
  intro: "Кабинеты Ozon и Wildberries, с которыми работает CardPort. Ключи проверяются сразу, хранятся зашифрованными и никогда не показываются целиком.",
  listLabel: "Ваши подключения",
  empty: {
    title: "Подключений пока нет",
    description: "Добавьте кабинет Ozon или Wildberries по ключам API — или подключите песочницу, чтобы попробовать CardPort без реальных ключей.",
  },
  marketplace: { ozon: "Ozon", wb: "Wildberries" } as Record<Marketplace, string>,
  sandboxBadge: "Песочница",
  status: { active: "Работает", error: "Ошибка" },
  fields: {
    name: "Название подключения",
    clientId: "Client-Id",
    apiKey: "Api-Key",
    wbToken: "Токен WB",
    products: "Товаров в каталоге",
  },
  details: {
    key: "Ключ",
    seller: "Продавец",
    lastCheck: "Последняя проверка",
    never: "ещё не проверялось",
    lastError: "Ошибка",
    tokenExpires: "Токен действует до",
  },
  addOzon: {
    title: "Добавить Ozon",
    description: "Client-Id и Api-Key: личный кабинет Ozon → Настройки → Seller API. Нужен ключ с ролью «Администратор» или с доступом к товарам.",
    apiKeyHint: "Ключ проверяется запросом к Ozon до сохранения.",
    submit: "Проверить и сохранить",
    namePlaceholder: "Например, Основной магазин",
  },
  addWb: {
    title: "Добавить Wildberries",
    description: "Токен: личный кабинет WB → Профиль → Интеграции по API. Нужны категории «Контент», «Цены и скидки» и «Маркетплейс».",
    submit: "Проверить и сохранить",
  },
  sandbox: {
    title: "Песочница",
    description:
      "Пара подключений Ozon + Wildberries к встроенным эмуляторам CardPort с сгенерированным каталогом — чтобы попробовать всё без реальных ключей.",
    note: "Данные песочницы ненастоящие и сгенерированы автоматически. Карточки на стороне WB хранятся в памяти до перезапуска приложения.",
    submit: "Подключить песочницу",
    names: { ozon: "Песочница Ozon", wb: "Песочница WB" } as Record<Marketplace, string>,
    sizes: (n: number) => `${n.toLocaleString("ru-RU")} товаров`,
  },
  actions: {
    label: (name: string) => `Действия с подключением «${name}»`,
    check: "Проверить сейчас",
    rename: "Переименовать",
    renameTitle: "Новое название",
    save: "Сохранить",
    rotate: "Заменить ключ",
    rotateTitle: "Новый ключ",
    rotateDescription: "Новый ключ того же кабинета. Он будет проверен до сохранения; старый перестанет использоваться.",
    remove: "Удалить",
    removeTitle: (name: string) => `Удалить подключение «${name}»?`,
    removeDescription: "Ключи будут удалены из CardPort. Сам кабинет на маркетплейсе не изменится.",
    confirmRemove: "Удалить подключение",
    cancel: "Отмена",
    close: "Закрыть",
  },
  results: {
    added: (name: string) => `Подключение «${name}» проверено и сохранено.`,
    sandboxAdded: "Песочница подключена: Ozon и Wildberries со сгенерированным каталогом.",
    checkedOk: "Проверка прошла: подключение работает.",
    checkedFailed: "Проверка не прошла — причина показана в карточке подключения.",
    renamed: "Название сохранено.",
    rotated: "Новый ключ проверен и сохранён.",
    removed: "Подключение удалено.",
    sandboxUnavailable: "Не удалось запустить песочницу. Попробуйте ещё раз через минуту.",
  },
  failures: {
    "wrong-key": (m: Marketplace) => authMessage(m, false),
    "missing-scope": (m: Marketplace, missing?: string[]) =>
      m === "wb" && missing?.length
        ? `У токена Wildberries нет доступа к категориям ${missing.map((s) => WB_SCOPE_RU[s] ?? s).join(", ")}: создайте токен с категориями «Контент», «Цены и скидки» и «Маркетплейс».`
        : authMessage(m, true),
    unreachable: (m: Marketplace) => `Не удалось связаться с API ${NAME[m]}: он не ответил или недоступен. Попробуйте позже.`,
    "rate-limited": (m: Marketplace) => `${NAME[m]} временно ограничил число запросов. Попробуйте через минуту.`,
    rejected: (m: Marketplace) => `${NAME[m]} отклонил запрос проверки: проверьте, что Client-Id и ключ указаны без лишних символов.`,
    unknown: (m: Marketplace) => `Не удалось проверить подключение к ${NAME[m]}. Попробуйте ещё раз.`,
    "not-found": "Подключение не найдено.",
    "other-account": "Это ключ другого кабинета. Добавьте его как новое подключение.",
    "sandbox-keys": "Ключи песочницы создаются автоматически и не заменяются.",
  },
};

const en: typeof ru = {
  title: "Connections",
  intro: "The Ozon and Wildberries accounts CardPort works with. Keys are checked at once, stored encrypted and never shown in full.",
  listLabel: "Your connections",
  empty: {
    title: "No connections yet",
    description: "Add an Ozon or Wildberries account with its API keys — or connect the sandbox to try CardPort without real keys.",
  },
  marketplace: { ozon: "Ozon", wb: "Wildberries" },
  sandboxBadge: "Sandbox",
  status: { active: "Working", error: "Error" },
  fields: {
    name: "Connection name",
    clientId: "Client-Id",
    apiKey: "Api-Key",
    wbToken: "WB token",
    products: "Products in the catalogue",
  },
  details: {
    key: "Key",
    seller: "Seller",
    lastCheck: "Last check",
    never: "not checked yet",
    lastError: "Error",
    tokenExpires: "Token valid until",
  },
  addOzon: {
    title: "Add Ozon",
    description: "Client-Id and Api-Key: Ozon seller account → Settings → Seller API. The key needs the Administrator role or access to products.",
    apiKeyHint: "The key is checked with a request to Ozon before it is saved.",
    submit: "Check and save",
    namePlaceholder: "e.g. Main shop",
  },
  addWb: {
    title: "Add Wildberries",
    description: "Token: WB seller account → Profile → API integrations. It needs the Content, Prices and discounts and Marketplace categories.",
    submit: "Check and save",
  },
  sandbox: {
    title: "Sandbox",
    description: "An Ozon + Wildberries pair served by CardPort's built-in emulators with a generated catalogue — try everything without real keys.",
    note: "Sandbox data is not real: it is generated. Cards on the WB side live in memory until the app restarts.",
    submit: "Connect the sandbox",
    names: { ozon: "Sandbox Ozon", wb: "Sandbox WB" },
    sizes: (n: number) => `${n.toLocaleString("en-GB")} products`,
  },
  actions: {
    label: (name: string) => `Actions for “${name}”`,
    check: "Check now",
    rename: "Rename",
    renameTitle: "New name",
    save: "Save",
    rotate: "Replace key",
    rotateTitle: "New key",
    rotateDescription: "A new key of the same account. It is checked before it is saved; the old one is no longer used.",
    remove: "Remove",
    removeTitle: (name: string) => `Remove the connection “${name}”?`,
    removeDescription: "The keys are deleted from CardPort. The marketplace account itself is not changed.",
    confirmRemove: "Remove connection",
    cancel: "Cancel",
    close: "Close",
  },
  results: {
    added: (name: string) => `“${name}” was checked and saved.`,
    sandboxAdded: "Sandbox connected: Ozon and Wildberries with a generated catalogue.",
    checkedOk: "Check passed: the connection works.",
    checkedFailed: "The check failed — the reason is shown on the connection.",
    renamed: "Name saved.",
    rotated: "The new key was checked and saved.",
    removed: "Connection removed.",
    sandboxUnavailable: "The sandbox could not be started. Try again in a minute.",
  },
  failures: {
    "wrong-key": (m) =>
      m === "ozon"
        ? "Ozon refused the key: check the Client-Id and Api-Key in your Ozon account → Settings → Seller API."
        : "Wildberries refused the token: check it was copied in full and has not expired (WB account → Profile → API integrations).",
    "missing-scope": (m, missing) =>
      m === "wb"
        ? `The Wildberries token has no access to ${(missing?.length ? missing : ["content", "prices", "marketplace"]).map((s) => WB_SCOPE_EN[s] ?? s).join(", ")}: create a token with the Content, Prices and discounts and Marketplace categories.`
        : "The Ozon key lacks permissions: create a key with the Administrator role or with access to products (Ozon → Settings → Seller API).",
    unreachable: (m) => `Could not reach the ${NAME[m]} API: it did not answer or is down. Try again later.`,
    "rate-limited": (m) => `${NAME[m]} is limiting requests for now. Try again in a minute.`,
    rejected: (m) => `${NAME[m]} rejected the check request: make sure the Client-Id and key have no extra characters.`,
    unknown: (m) => `Could not check the ${NAME[m]} connection. Please try again.`,
    "not-found": "Connection not found.",
    "other-account": "This key belongs to another account. Add it as a new connection.",
    "sandbox-keys": "Sandbox keys are generated and cannot be replaced.",
  },
};

export const connectionsMessages = defineMessages(ru, en);
export type ConnectionsMessages = typeof ru;

/** The seller-facing text of a failed check or action. */
export function failureMessage(t: ConnectionsMessages, failure: ManageFailure): string {
  if (!("marketplace" in failure)) return t.failures[failure.code];
  return t.failures[failure.code](failure.marketplace, failure.missing);
}
