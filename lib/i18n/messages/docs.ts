import { defineMessages } from "./define";

// Section ids double as URL anchors (/docs#connect-wb), so they stay the same in both languages.
const ru = {
  title: "Документация",
  description: "Как начать работу с CardPort: регистрация, подключение Ozon и Wildberries, загрузка каталога, сопоставления, перенос, синхронизация и оплата.",
  lead: "Пошаговое руководство: от регистрации до первых карточек на Wildberries и синхронизации цен и остатков.",
  tocLabel: "Содержание",
  sections: [
    {
      id: "register",
      title: "1. Регистрация и подтверждение почты",
      body: ["Зарегистрируйтесь по e-mail и паролю (не короче 8 символов). Мы пришлём письмо со ссылкой — перейдите по ней, чтобы подтвердить адрес, и войдите в кабинет."],
      steps: ["Не пришло письмо — проверьте «Спам» и запросите письмо ещё раз на странице входа.", "Забыли пароль — воспользуйтесь ссылкой «Забыли пароль?» на странице входа.", "Для дополнительной защиты включите двухфакторную аутентификацию (TOTP) в настройках."],
    },
    {
      id: "connect-ozon",
      title: "2. Подключение Ozon",
      body: ["Для чтения каталога нужны Client-Id и Api-Key из кабинета продавца Ozon. Ключи проверяются сразу при сохранении и хранятся зашифрованными (AES-256-GCM); после сохранения ключ больше не показывается целиком."],
      steps: [
        "В кабинете Ozon Seller откройте «Настройки» → «Seller API».",
        "Нажмите «Сгенерировать ключ», дайте ему понятное имя, например «CardPort».",
        "Выберите роль: для загрузки товаров, цен и остатков достаточно роли только на чтение (Admin read only). Если собираетесь включить обратную синхронизацию остатков WB → Ozon, нужна роль с правом изменять остатки (например, Admin).",
        "Скопируйте Client-Id (он указан на той же странице) и Api-Key и вставьте их в CardPort: «Подключения» → «Добавить Ozon».",
      ],
    },
    {
      id: "connect-wb",
      title: "3. Подключение Wildberries",
      body: ["Wildberries работает по токену API. Токен показывается один раз — скопируйте его сразу после создания."],
      steps: [
        "В кабинете продавца WB откройте «Профиль» → «Настройки» → «Доступ к API».",
        "Создайте новый токен и отметьте категории: «Контент» (создание карточек и фото), «Цены и скидки» и «Маркетплейс» (склады и остатки).",
        "Не включайте «Только на чтение» — иначе CardPort не сможет создавать карточки.",
        "Вставьте токен в CardPort: «Подключения» → «Добавить Wildberries». Мы проверим, что токен подходит ко всем трём сервисам.",
      ],
    },
    {
      id: "sandbox",
      title: "4. Песочница",
      body: ["Хотите сначала посмотреть, как всё устроено? Добавьте подключение «Песочница» для Ozon и для WB: встроенные эмуляторы отвечают как настоящие API, с демо-каталогом и теми же ошибками и лимитами. Настоящие ключи не нужны, на маркетплейсы ничего не отправляется."],
      steps: [],
    },
    {
      id: "import",
      title: "5. Загрузка каталога",
      body: ["В разделе «Каталог» нажмите «Загрузить из Ozon». CardPort прочитает все страницы каталога: атрибуты, описания, фото, цены и остатки. Большой каталог загружается несколько минут — можно закрыть страницу, загрузка продолжится."],
      steps: ["Фильтруйте товары по категории, бренду, статусу, цене, остатку и признаку «уже на WB».", "Выделяйте товары по одному или все найденные сразу — хоть тысячи."],
    },
    {
      id: "mapping",
      title: "6. Сопоставление категорий и характеристик",
      body: ["Для каждой категории Ozon CardPort предложит предмет WB с оценкой уверенности — примите его или найдите другой поиском. Затем для каждой характеристики WB выберите источник: атрибут Ozon, постоянное значение, справочник (цвета, страны, пол) или перевод единиц (мм → см, г → кг)."],
      steps: [
        "Обязательные характеристики WB без источника подсвечиваются — заполните их до запуска.",
        "Задайте правило цены: наценка в процентах, фиксированная надбавка, округление (до 10 или до «9» на конце) и минимальная цена.",
        "Предпросмотр покажет точный JSON карточки WB и то, чего ещё не хватает, для любого товара.",
        "Сопоставления сохраняются и применяются к следующим переносам.",
      ],
    },
    {
      id: "migrate",
      title: "7. Перенос",
      body: ["Выберите товары, нажмите «Перенести на WB», укажите кабинет WB и склад для остатков. Перед запуском мы проверим квоту тарифа. Для каждого товара CardPort создаёт карточку, дожидается её появления на WB, загружает фото, выставляет цену и остатки."],
      steps: [
        "Прогресс и статус каждого товара обновляются в реальном времени.",
        "Если WB отклонил карточку, рядом будет точный текст ошибки и подсказка. Исправьте сопоставление и перезапустите только неудачные товары.",
        "Повторный запуск не создаёт дублей: артикул на WB (vendorCode) равен offer_id на Ozon.",
        "Отчёт о переносе можно скачать в CSV или XLSX.",
      ],
    },
    {
      id: "sync",
      title: "8. Синхронизация цен и остатков",
      body: ["После переноса включите синхронизацию: по расписанию (по умолчанию раз в час) CardPort копирует цены — через ваше правило цены — и остатки с Ozon на WB для связанных товаров. Можно включить и обратное направление для остатков: WB → Ozon. Все изменения видны в журнале."],
      steps: [],
    },
    {
      id: "billing",
      title: "9. Тарифы и оплата",
      body: ["Бесплатный тариф — 50 товаров в месяц. Платные тарифы отличаются числом товаров в месяц и подключений. Оплата картой, подписку можно сменить или отменить в разделе «Тариф и оплата»; там же вводится промокод."],
      steps: ["Квота резервируется при запуске переноса и списывается за каждый перенесённый товар.", "За товары, которые не удалось перенести, квота возвращается."],
    },
  ],
  faq: {
    title: "Вопросы и ответы",
    items: [
      { q: "Почему карточка не появилась на WB сразу?", a: "Wildberries создаёт карточки асинхронно — иногда до 30 минут. CardPort сам проверяет, появилась ли карточка, и показывает ошибку WB, если нет." },
      { q: "Цена не применилась, а товар «в карантине». Что это?", a: "WB отправляет в карантин цену, которая в 3 раза и более ниже прежней. Проверьте правило цены и подтвердите цену в кабинете WB." },
      { q: "Почему не загрузились фото?", a: "WB принимает фото от 700×900 пикселей и до 32 МБ, не больше 30 на карточку. Если хотя бы одно фото не подходит, WB не сохраняет ни одного — CardPort проверяет это заранее." },
      { q: "Как переносятся размеры и цвета?", a: "Товары Ozon одной модели с разными размерами становятся одной карточкой WB с несколькими размерами, а разные цвета — отдельными карточками, объединёнными в одну группу." },
      { q: "Вы превышаете лимиты WB API?", a: "Нет. CardPort соблюдает лимиты запросов WB и Ozon для каждого кабинета, а если API просит подождать — ждёт и повторяет запрос." },
      { q: "Как удалить ключи?", a: "Удалите подключение в разделе «Подключения» — зашифрованные ключи удаляются вместе с ним. Ключ также можно отозвать в кабинете Ozon или WB." },
    ],
  },
};

const en = {
  title: "Documentation",
  description: "Getting started with CardPort: sign-up, connecting Ozon and Wildberries, importing the catalogue, mappings, migration, sync and billing.",
  lead: "A step-by-step guide from sign-up to your first cards on Wildberries and price and stock sync.",
  tocLabel: "Contents",
  sections: [
    {
      id: "register",
      title: "1. Sign up and confirm your e-mail",
      body: ["Sign up with an e-mail and a password (at least 8 characters). We send you a link — follow it to confirm the address, then sign in."],
      steps: ["No e-mail? Check your spam folder and request it again on the sign-in page.", "Forgot the password? Use “Forgot password?” on the sign-in page.", "For extra protection, turn on two-factor authentication (TOTP) in settings."],
    },
    {
      id: "connect-ozon",
      title: "2. Connect Ozon",
      body: ["Reading your catalogue needs the Client-Id and an Api-Key from your Ozon seller account. Keys are checked as soon as you save them and stored encrypted (AES-256-GCM); once saved, the full key is never shown again."],
      steps: [
        "In Ozon Seller, open Settings → Seller API.",
        "Click “Generate key” and give it a clear name such as “CardPort”.",
        "Pick a role: a read-only role (Admin read only) is enough to import products, prices and stocks. If you plan to turn on reverse stock sync WB → Ozon, the key needs a role that may change stocks (for example Admin).",
        "Copy the Client-Id (shown on the same page) and the Api-Key into CardPort: Connections → Add Ozon.",
      ],
    },
    {
      id: "connect-wb",
      title: "3. Connect Wildberries",
      body: ["Wildberries uses an API token. The token is shown only once — copy it right after you create it."],
      steps: [
        "In the WB seller account, open Profile → Settings → API access.",
        "Create a new token and tick the categories Content (cards and photos), Prices & Discounts, and Marketplace (warehouses and stocks).",
        "Do not tick “Read only” — otherwise CardPort cannot create cards.",
        "Paste the token into CardPort: Connections → Add Wildberries. We check that it works for all three services.",
      ],
    },
    {
      id: "sandbox",
      title: "4. Sandbox",
      body: ["Want to look around first? Add a Sandbox connection for Ozon and for WB: built-in emulators answer like the real APIs, with a demo catalogue and the same errors and limits. No real keys needed, nothing is sent to the marketplaces."],
      steps: [],
    },
    {
      id: "import",
      title: "5. Import the catalogue",
      body: ["In Catalogue, click “Import from Ozon”. CardPort reads every page of the catalogue: attributes, descriptions, photos, prices and stocks. A large catalogue takes a few minutes — you can close the page, the import carries on."],
      steps: ["Filter products by category, brand, status, price, stock and “already on WB”.", "Select products one by one or everything found at once — thousands if you like."],
    },
    {
      id: "mapping",
      title: "6. Map categories and characteristics",
      body: ["For each Ozon category CardPort suggests a WB subject with a confidence score — accept it or search for another. Then choose a source for each WB characteristic: an Ozon attribute, a constant, a dictionary (colours, countries, gender) or a unit conversion (mm → cm, g → kg)."],
      steps: [
        "Required WB characteristics without a source are highlighted — fill them in before launching.",
        "Set the price rule: markup in percent, a fixed addition, rounding (to 10 or to a price ending in 9) and a minimum price.",
        "The preview shows the exact WB card JSON and what is still missing for any product.",
        "Mappings are saved and reused by later migrations.",
      ],
    },
    {
      id: "migrate",
      title: "7. Migrate",
      body: ["Select products, click “Move to WB”, choose the WB account and the warehouse for stocks. Before starting we check your plan’s quota. For each product CardPort creates the card, waits for it to appear on WB, uploads photos, and sets the price and stocks."],
      steps: [
        "Progress and the status of every product update live.",
        "If WB rejects a card, you see the exact error and a hint next to it. Fix the mapping and retry only the failed products.",
        "Running again never creates duplicates: the WB vendor code equals the Ozon offer_id.",
        "Download a migration report as CSV or XLSX.",
      ],
    },
    {
      id: "sync",
      title: "8. Sync prices and stocks",
      body: ["After a migration, turn on sync: on a schedule (hourly by default) CardPort copies prices — through your price rule — and stocks from Ozon to WB for linked products. Stocks can also flow the other way, WB → Ozon. Every change is shown in the log."],
      steps: [],
    },
    {
      id: "billing",
      title: "9. Plans and billing",
      body: ["The free plan covers 50 products a month. Paid plans differ in products per month and connections. Pay by card; change or cancel your subscription under Plan & billing, where you can also enter a promo code."],
      steps: ["Quota is reserved when a migration starts and charged for each product migrated.", "Products that fail to migrate are refunded to your quota."],
    },
  ],
  faq: {
    title: "Questions and answers",
    items: [
      { q: "Why didn’t the card appear on WB right away?", a: "Wildberries creates cards asynchronously — sometimes it takes up to 30 minutes. CardPort checks whether the card appeared and shows the WB error if it did not." },
      { q: "The price was not applied and the product is “in quarantine”. What is that?", a: "WB quarantines a price that is 3 or more times lower than the previous one. Check your price rule and confirm the price in your WB account." },
      { q: "Why were the photos not uploaded?", a: "WB accepts photos from 700×900 pixels and up to 32 MB, at most 30 per card. If even one photo does not fit, WB saves none — CardPort checks this in advance." },
      { q: "How are sizes and colours migrated?", a: "Ozon products of one model in different sizes become one WB card with several sizes; different colours become separate cards merged into one group." },
      { q: "Do you exceed the WB API limits?", a: "No. CardPort respects the WB and Ozon rate limits per account, and when an API asks to wait, it waits and retries." },
      { q: "How do I delete my keys?", a: "Delete the connection under Connections — its encrypted keys are deleted with it. You can also revoke the key in your Ozon or WB account." },
    ],
  },
};

export const docsMessages = defineMessages(ru, en);
export type DocsMessages = typeof ru;
