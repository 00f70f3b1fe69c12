import { defineMessages } from "./define";

const ru = {
  brand: "CardPort",
  skipToContent: "Перейти к содержимому",
  nav: {
    label: "Основное меню",
    menu: "Меню",
    features: "Возможности",
    pricing: "Тарифы",
    docs: "Документация",
    signIn: "Войти",
    signUp: "Попробовать бесплатно",
  },
  footer: {
    tagline: "Перенос карточек товаров с Ozon на Wildberries и синхронизация цен и остатков.",
    product: "Продукт",
    support: "Помощь",
    faq: "Вопросы и ответы",
    rights: (year: number) => `© ${year} CardPort`,
  },
  localeSwitcher: {
    label: "Язык",
    names: { ru: "Русский", en: "English" },
  },
  words: {
    save: "Сохранить",
    cancel: "Отмена",
    close: "Закрыть",
    back: "Назад",
    next: "Дальше",
    loading: "Загрузка…",
    notifications: "Уведомления",
  },
};

const en = {
  brand: "CardPort",
  skipToContent: "Skip to content",
  nav: {
    label: "Main menu",
    menu: "Menu",
    features: "Features",
    pricing: "Pricing",
    docs: "Docs",
    signIn: "Sign in",
    signUp: "Try it free",
  },
  footer: {
    tagline: "Moves product cards from Ozon to Wildberries and keeps prices and stocks in sync.",
    product: "Product",
    support: "Help",
    faq: "FAQ",
    rights: (year: number) => `© ${year} CardPort`,
  },
  localeSwitcher: {
    label: "Language",
    names: { ru: "Русский", en: "English" },
  },
  words: {
    save: "Save",
    cancel: "Cancel",
    close: "Close",
    back: "Back",
    next: "Next",
    loading: "Loading…",
    notifications: "Notifications",
  },
};

export const commonMessages = defineMessages(ru, en);
export type CommonMessages = typeof ru;
