import { defineMessages } from "./define";

const ru = {
  layoutTitle: "CardPort — перенос карточек с Ozon на Wildberries",
  meta: {
    description:
      "CardPort переносит карточки товаров с Ozon на Wildberries: категории, характеристики, фото, цены и остатки — с проверкой перед отправкой и синхронизацией после.",
  },
  hero: {
    eyebrow: "Для продавцов Ozon, которые выходят на Wildberries",
    title: "Перенесите карточки с Ozon на Wildberries за вечер, а не за месяц",
    lead: "CardPort загружает ваш каталог Ozon, сопоставляет категории и характеристики с предметами WB, проверяет каждую карточку по правилам Wildberries и создаёт их через официальный API. Потом держит цены и остатки в синхронизации.",
    primaryCta: "Попробовать бесплатно",
    secondaryCta: "Как это работает",
    note: "50 товаров в месяц бесплатно. Можно начать в песочнице — без настоящих ключей.",
  },
  steps: {
    title: "Как это работает",
    items: [
      {
        title: "Подключите Ozon и Wildberries",
        text: "Вставьте Client-Id и Api-Key из кабинета Ozon и токен WB API. Мы сразу проверим ключи и покажем, если не хватает прав.",
      },
      {
        title: "Загрузите каталог Ozon",
        text: "CardPort прочитает все товары: атрибуты, описания, фото, цены и остатки. Фильтруйте по категории, бренду, цене, остатку и выбирайте тысячи товаров разом.",
      },
      {
        title: "Сопоставьте категории и характеристики",
        text: "Для каждой категории Ozon мы предложим предмет WB с оценкой уверенности, а для каждой характеристики WB — источник: атрибут Ozon, константу, словарь или перевод единиц. Настройка сохраняется и используется снова.",
      },
      {
        title: "Запустите перенос и следите за ходом",
        text: "Прогресс обновляется в реальном времени: по каждому товару видно статус, точную ошибку WB и подсказку, как её исправить. Исправили — перезапустили только упавшие.",
      },
      {
        title: "Держите цены и остатки в синхронизации",
        text: "По расписанию (по умолчанию раз в час) CardPort переносит цены по вашему правилу наценки и остатки с Ozon на WB. Все изменения попадают в журнал.",
      },
    ],
  },
  checks: {
    title: "Что мы проверяем до отправки в Wildberries",
    intro: "Ответ «200 OK» от WB ещё не значит, что карточка создана. Поэтому мы ловим ошибки заранее, а после отправки сверяем результат по каждому товару.",
    items: [
      { title: "Обязательные характеристики", text: "Все обязательные поля предмета WB заполнены — незаполненные видны списком ещё до запуска." },
      { title: "Значения из справочников", text: "Цвета, страны производства, сезоны, ставки НДС и ТНВЭД приводятся к значениям справочников WB." },
      { title: "Единицы измерения", text: "Габариты из мм и дюймов — в целые сантиметры, вес из граммов и фунтов — в килограммы. Нулевые габариты не пропустим." },
      { title: "Название до 60 символов", text: "У Ozon название может быть до 500 символов, у WB — не больше 60. Покажем, какие названия нужно сократить." },
      { title: "Фото от 700×900", text: "Проверяем размер и формат фотографий: одно неподходящее фото WB молча отклоняет вместе со всеми остальными." },
      { title: "Без дублей", text: "Артикул продавца на WB (vendorCode) равен offer_id на Ozon, поэтому повторный запуск никогда не создаст вторую карточку." },
    ],
  },
  safety: {
    title: "Ваши ключи в безопасности",
    items: [
      { title: "Шифрование AES-256-GCM", text: "Ключи Ozon и токены WB хранятся только в зашифрованном виде." },
      { title: "Никогда не показываем ключи", text: "После сохранения ключ не отправляется в браузер — в кабинете видны лишь последние символы." },
      { title: "Только нужные права", text: "Мы подскажем минимальный набор прав для ключей и регулярно проверяем, что они действуют." },
    ],
  },
  pricingTeaser: {
    title: "Начните бесплатно",
    text: "На бесплатном тарифе — 50 товаров в месяц. Платите, только когда переносите больше; за товары, которые не удалось перенести, квота возвращается.",
    cta: "Посмотреть тарифы",
  },
  faq: {
    title: "Частые вопросы",
    items: [
      {
        q: "Нужно ли что-то устанавливать?",
        a: "Нет. CardPort работает в браузере и общается с Ozon и Wildberries через их официальные API.",
      },
      {
        q: "Что будет с карточками на Ozon?",
        a: "Ничего. Из Ozon мы только читаем данные. Запись в Ozon возможна лишь при обратной синхронизации остатков, если вы её включите.",
      },
      {
        q: "Сколько времени занимает перенос?",
        a: "Зависит от лимитов WB API: карточки создаются пакетами до 100 штук, а WB обрабатывает их асинхронно. Тысяча товаров обычно переносится за несколько часов, и всё это время можно следить за прогрессом.",
      },
      {
        q: "Что если Wildberries отклонит карточку?",
        a: "Мы прочитаем ошибку из WB, покажем её рядом с товаром вместе с подсказкой, как исправить. После правки перезапустите только этот товар — квота за неудачный перенос возвращается.",
      },
      {
        q: "Можно ли попробовать без настоящих ключей?",
        a: "Да. Подключите песочницу: она отвечает как настоящие API Ozon и WB, и вы пройдёте весь путь на демо-данных.",
      },
    ],
    more: "Больше ответов в документации",
  },
  finalCta: {
    title: "Готовы выйти на Wildberries?",
    text: "Регистрация занимает минуту, а первые 50 товаров — бесплатно.",
    button: "Создать аккаунт",
  },
  pricing: {
    title: "Тарифы",
    description: "Тарифы CardPort: бесплатно до 50 товаров в месяц, платные тарифы — по числу перенесённых товаров и подключений.",
    lead: "Платите за число перенесённых товаров в месяц и подключённых кабинетов. Товары, которые не удалось перенести, не списываются.",
    free: "Бесплатно",
    perMonth: "в месяц",
    startFree: "Начать бесплатно",
    choose: (plan: string) => `Выбрать «${plan}»`,
    empty: "Тарифы временно недоступны. Обновите страницу чуть позже.",
    footnote: "Цены в рублях за месяц. Оплата картой, подписку можно отменить в любой момент в кабинете.",
    questions: "Остались вопросы?",
    questionsLink: "Читайте ответы в документации",
  },
};

const en = {
  layoutTitle: "CardPort — move product cards from Ozon to Wildberries",
  meta: {
    description:
      "CardPort moves product cards from Ozon to Wildberries: categories, characteristics, photos, prices and stocks — checked before sending and kept in sync afterwards.",
  },
  hero: {
    eyebrow: "For Ozon sellers expanding to Wildberries",
    title: "Move your cards from Ozon to Wildberries in an evening, not a month",
    lead: "CardPort imports your Ozon catalogue, maps categories and characteristics to WB subjects, checks every card against Wildberries rules and creates them through the official API. Then it keeps prices and stocks in sync.",
    primaryCta: "Try it free",
    secondaryCta: "How it works",
    note: "50 products a month free. You can start in the sandbox — no real keys needed.",
  },
  steps: {
    title: "How it works",
    items: [
      {
        title: "Connect Ozon and Wildberries",
        text: "Paste the Client-Id and Api-Key from your Ozon account and a WB API token. We check the keys at once and tell you if a permission is missing.",
      },
      {
        title: "Import your Ozon catalogue",
        text: "CardPort reads every product: attributes, descriptions, photos, prices and stocks. Filter by category, brand, price or stock and select thousands of products at once.",
      },
      {
        title: "Map categories and characteristics",
        text: "For each Ozon category we suggest a WB subject with a confidence score, and for each WB characteristic a source: an Ozon attribute, a constant, a dictionary or a unit conversion. Mappings are saved and reused.",
      },
      {
        title: "Run the migration and watch it live",
        text: "Progress updates in real time: every product shows its status, the exact WB error and a hint on how to fix it. Fix it and retry just the failed ones.",
      },
      {
        title: "Keep prices and stocks in sync",
        text: "On a schedule (hourly by default) CardPort copies prices through your markup rule and stocks from Ozon to WB. Every change is logged.",
      },
    ],
  },
  checks: {
    title: "What we check before anything reaches Wildberries",
    intro: "A “200 OK” from WB does not mean the card exists. So we catch errors up front and, after sending, confirm the outcome for every product.",
    items: [
      { title: "Required characteristics", text: "Every required field of the WB subject is filled — the missing ones are listed before you launch." },
      { title: "Dictionary values", text: "Colours, countries of origin, seasons, VAT rates and TNVED codes are converted to WB dictionary values." },
      { title: "Units", text: "Dimensions from mm and inches to whole centimetres, weight from grams and pounds to kilograms. Zero dimensions never slip through." },
      { title: "Titles up to 60 characters", text: "Ozon allows 500 characters in a name, WB only 60. We show which titles need shortening." },
      { title: "Photos from 700×900", text: "We check photo size and format: one bad photo makes WB silently reject all the others." },
      { title: "No duplicates", text: "The WB vendor code equals the Ozon offer_id, so running again never creates a second card." },
    ],
  },
  safety: {
    title: "Your keys are safe",
    items: [
      { title: "AES-256-GCM encryption", text: "Ozon keys and WB tokens are stored encrypted only." },
      { title: "Keys are never shown", text: "Once saved, a key is never sent to the browser — you only see its last characters." },
      { title: "Only the permissions needed", text: "We tell you the minimal set of permissions and re-check regularly that the keys still work." },
    ],
  },
  pricingTeaser: {
    title: "Start for free",
    text: "The free plan covers 50 products a month. Pay only when you move more; products that fail to migrate are given back to your quota.",
    cta: "See pricing",
  },
  faq: {
    title: "Frequently asked questions",
    items: [
      {
        q: "Do I need to install anything?",
        a: "No. CardPort runs in the browser and talks to Ozon and Wildberries through their official APIs.",
      },
      {
        q: "What happens to my Ozon cards?",
        a: "Nothing. We only read from Ozon. We write to Ozon only for reverse stock sync, and only if you turn it on.",
      },
      {
        q: "How long does a migration take?",
        a: "It depends on the WB API limits: cards are created in batches of up to 100 and WB processes them asynchronously. A thousand products usually take a few hours, and you can watch progress the whole time.",
      },
      {
        q: "What if Wildberries rejects a card?",
        a: "We read the error from WB and show it next to the product with a hint on how to fix it. After fixing, retry just that product — quota for a failed product is refunded.",
      },
      {
        q: "Can I try it without real keys?",
        a: "Yes. Connect the sandbox: it answers like the real Ozon and WB APIs, so you can go through the whole flow on demo data.",
      },
    ],
    more: "More answers in the docs",
  },
  finalCta: {
    title: "Ready to sell on Wildberries?",
    text: "Signing up takes a minute, and your first 50 products are free.",
    button: "Create an account",
  },
  pricing: {
    title: "Pricing",
    description: "CardPort pricing: free for up to 50 products a month, paid plans by products migrated and connections.",
    lead: "Pay for the number of products migrated per month and marketplace accounts connected. Products that fail to migrate are not charged.",
    free: "Free",
    perMonth: "per month",
    startFree: "Start for free",
    choose: (plan: string) => `Choose ${plan}`,
    empty: "Plans are temporarily unavailable. Please refresh the page a little later.",
    footnote: "Prices in roubles per month. Pay by card; cancel any time from your account.",
    questions: "Still have questions?",
    questionsLink: "Read the answers in the docs",
  },
};

export const marketingMessages = defineMessages(ru, en);
export type MarketingMessages = typeof ru;
