import { expect, test } from "./support/fixtures";
import { PASSWORD, fillSignUp, registerConfirmedSeller, signIn } from "./support/journeys";

test("sign-up names every empty field and keeps nothing half-made", async ({ page }) => {
  await page.goto("/sign-up");
  await page.getByRole("button", { name: "Зарегистрироваться" }).click();
  for (const label of ["Ваше имя", "Название магазина или компании", "E-mail", "Пароль"]) {
    const field = page.getByLabel(label);
    await expect(field).toHaveAttribute("aria-invalid", "true");
  }
  await expect(page.getByText("Заполните это поле")).toHaveCount(4);
});

test("too long, wrongly formatted and too short values get their own messages, typed values stay", async ({ page }) => {
  await page.goto("/sign-up");
  await fillSignUp(page, { name: "Я".repeat(101), organisation: "Магазин", email: "not-an-email", password: "short" });
  await expect(page.getByText("Не длиннее 100 символов")).toBeVisible();
  await expect(page.getByText("Введите e-mail в формате name@example.com")).toBeVisible();
  await expect(page.getByText("Пароль должен быть не короче 8 символов")).toBeVisible();
  await expect(page.getByLabel("Название магазина или компании")).toHaveValue("Магазин");
  await expect(page.getByLabel("E-mail")).toHaveValue("not-an-email");
});

test("a reused e-mail is refused with a clear message", async ({ page }) => {
  const email = await registerConfirmedSeller(page, "reused");
  await page.goto("/sign-up");
  await fillSignUp(page, { name: "Второй", organisation: "Другой магазин", email, password: PASSWORD });
  await expect(page.getByRole("alert").filter({ hasText: "Аккаунт с этим e-mail уже есть" })).toBeVisible();
});

test("a wrong password is refused without saying which part was wrong", async ({ page }) => {
  const email = await registerConfirmedSeller(page, "wrongpw");
  await signIn(page, email, "not the password");
  await expect(page.getByRole("alert").filter({ hasText: "Неверный e-mail или пароль" })).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in/);
});
