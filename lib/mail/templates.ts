import type { Locale } from "@/lib/i18n/locales";
import type { Mail } from "./send-mail";

type Template = { subject: string; intro: string; action: string; outro: string };

const verifyEmail: Record<Locale, Template> = {
  ru: {
    subject: "Подтвердите e-mail для CardPort",
    intro: "Вы зарегистрировались в CardPort. Подтвердите адрес, чтобы войти в кабинет.",
    action: "Подтвердить e-mail",
    outro: "Ссылка действует 24 часа. Если вы не регистрировались, просто удалите это письмо.",
  },
  en: {
    subject: "Confirm your e-mail for CardPort",
    intro: "You signed up for CardPort. Confirm your address to open your cabinet.",
    action: "Confirm e-mail",
    outro: "The link is valid for 24 hours. If you did not sign up, just delete this message.",
  },
};

const resetPassword: Record<Locale, Template> = {
  ru: {
    subject: "Сброс пароля CardPort",
    intro: "Мы получили запрос на сброс пароля вашего аккаунта CardPort.",
    action: "Задать новый пароль",
    outro: "Ссылка действует 1 час. Если вы не запрашивали сброс, ничего не делайте — пароль останется прежним.",
  },
  en: {
    subject: "Reset your CardPort password",
    intro: "We received a request to reset the password of your CardPort account.",
    action: "Set a new password",
    outro: "The link is valid for 1 hour. If you did not ask for this, do nothing — your password stays the same.",
  },
};

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

function render(template: Template, to: string, url: string): Mail {
  const text = `${template.intro}\n\n${template.action}: ${url}\n\n${template.outro}\n`;
  const html = `<p>${escapeHtml(template.intro)}</p><p><a href="${escapeHtml(url)}">${escapeHtml(template.action)}</a></p><p>${escapeHtml(template.outro)}</p>`;
  return { to, subject: template.subject, text, html };
}

export const verificationMail = (to: string, url: string, locale: Locale) => render(verifyEmail[locale], to, url);
export const passwordResetMail = (to: string, url: string, locale: Locale) => render(resetPassword[locale], to, url);
