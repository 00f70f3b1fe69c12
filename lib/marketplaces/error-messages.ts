import type { MarketplaceName, TransientReason } from "./errors";

/** Russian texts of the typed errors, written for a seller, not a developer. */
const NAME: Record<MarketplaceName, string> = { ozon: "Ozon", wb: "Wildberries" };

const BAD_KEY: Record<MarketplaceName, string> = {
  ozon: "Ozon отклонил ключ: проверьте Client-Id и Api-Key в личном кабинете Ozon → Настройки → Seller API",
  wb: "Wildberries отклонил токен: проверьте, что он скопирован целиком и не истёк (личный кабинет WB → Профиль → Интеграции по API)",
};

const NO_SCOPE: Record<MarketplaceName, string> = {
  ozon: "У ключа Ozon не хватает прав: создайте в личном кабинете Ozon → Настройки → Seller API ключ с ролью «Администратор» или с доступом к товарам",
  wb: "У токена Wildberries нет доступа к нужному разделу: создайте токен с категориями «Контент», «Цены и скидки» и «Маркетплейс» (личный кабинет WB → Профиль → Интеграции по API)",
};

export const authMessage = (marketplace: MarketplaceName, missingScope: boolean): string =>
  (missingScope ? NO_SCOPE : BAD_KEY)[marketplace];

export function rateLimitMessage(marketplace: MarketplaceName, retryAfterMs: number | null): string {
  const when = retryAfterMs ? ` Можно повторить через ${Math.max(1, Math.ceil(retryAfterMs / 1000))} с.` : "";
  return `${NAME[marketplace]} временно ограничил число запросов.${when}`;
}

export const validationMessage = (marketplace: MarketplaceName, serverMessage?: string): string =>
  serverMessage ? `${NAME[marketplace]} не принял данные: ${serverMessage}` : `${NAME[marketplace]} не принял данные запроса`;

export const notFoundMessage = (marketplace: MarketplaceName): string =>
  `${NAME[marketplace]} не нашёл запрошенный объект: возможно, он удалён или ещё не создан`;

export function transientMessage(marketplace: MarketplaceName, reason: TransientReason, status?: number): string {
  const name = NAME[marketplace];
  switch (reason) {
    case "server":
      return `${name} временно не работает (ошибка ${status ?? "сервера"}). Мы повторим попытку позже.`;
    case "timeout":
      return `${name} не ответил вовремя. Мы повторим попытку позже.`;
    case "network":
      return `Не удалось связаться с ${name}. Мы повторим попытку позже.`;
    case "malformed":
      return `${name} прислал ответ в неожиданном формате. Мы повторим попытку позже.`;
  }
}
