import { type Page, expect } from "@playwright/test";

export const PASSWORD = "seller password 1";

export const uniqueEmail = (prefix: string) => `${prefix}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.com`;

/** Fills the sign-up form the way a visitor does, by the fields' visible labels. */
export async function fillSignUp(page: Page, values: { name: string; organisation: string; email: string; password: string }) {
  await page.getByLabel("Ваше имя").fill(values.name);
  await page.getByLabel("Название магазина или компании").fill(values.organisation);
  await page.getByLabel("E-mail").fill(values.email);
  await page.getByLabel("Пароль").fill(values.password);
  await page.getByRole("button", { name: "Зарегистрироваться" }).click();
}

/** Opens the development outbox and follows the newest confirmation link sent to `email`. */
export async function confirmFromOutbox(page: Page, email: string) {
  await page.goto("/dev/outbox");
  const row = page.getByRole("row").filter({ hasText: email }).filter({ hasText: "Подтвердите e-mail" }).first();
  await row.getByRole("link").click();
  await expect(page.getByText("E-mail подтверждён. Теперь войдите.")).toBeVisible();
}

export async function signIn(page: Page, email: string, password: string) {
  await page.goto("/sign-in");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Пароль").fill(password);
  await page.getByRole("button", { name: "Войти" }).click();
}

/** A confirmed seller account, created through the UI. */
export async function registerConfirmedSeller(page: Page, prefix = "seller") {
  const email = uniqueEmail(prefix);
  await page.goto("/sign-up");
  await fillSignUp(page, { name: "Продавец Тестов", organisation: "ООО Тест", email, password: PASSWORD });
  await expect(page.getByRole("heading", { name: "Проверьте почту" })).toBeVisible();
  await confirmFromOutbox(page, email);
  return email;
}

export async function signOut(page: Page) {
  await page.getByRole("button", { name: "Выйти" }).click();
  await expect(page).toHaveURL(/\/$/);
}
