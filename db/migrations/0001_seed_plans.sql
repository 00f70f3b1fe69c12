-- The initial price list. Plans are rows so that admins can change them without a deploy.
INSERT INTO "plans" ("code", "name_ru", "name_en", "price_monthly_minor", "currency", "products_per_month", "connections_limit", "features_ru", "features_en", "sort_order") VALUES
('free', 'Бесплатный', 'Free', 0, 'RUB', 50, 2,
 '["50 товаров в месяц", "1 кабинет Ozon и 1 кабинет WB", "Песочница для пробы", "Предпросмотр карточек WB"]'::jsonb,
 '["50 products a month", "1 Ozon and 1 WB account", "Sandbox to try everything", "WB card preview"]'::jsonb, 10),
('start', 'Старт', 'Start', 149000, 'RUB', 1000, 4,
 '["1 000 товаров в месяц", "До 4 подключений", "Синхронизация цен и остатков раз в час", "Отчёт о переносе в CSV/XLSX"]'::jsonb,
 '["1,000 products a month", "Up to 4 connections", "Hourly price and stock sync", "Migration report in CSV/XLSX"]'::jsonb, 20),
('business', 'Бизнес', 'Business', 449000, 'RUB', 10000, 10,
 '["10 000 товаров в месяц", "До 10 подключений", "Синхронизация каждые 15 минут", "Приоритетная поддержка"]'::jsonb,
 '["10,000 products a month", "Up to 10 connections", "Sync every 15 minutes", "Priority support"]'::jsonb, 30),
('enterprise', 'Корпоративный', 'Enterprise', 1290000, 'RUB', NULL, NULL,
 '["Без ограничения товаров", "Без ограничения подключений", "Персональный менеджер", "SLA 99,9 %"]'::jsonb,
 '["Unlimited products", "Unlimited connections", "Dedicated manager", "99.9% SLA"]'::jsonb, 40)
ON CONFLICT ("code") DO NOTHING;
