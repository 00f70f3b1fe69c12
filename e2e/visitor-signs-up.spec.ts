import { expect, test } from "./support/fixtures";
import { PASSWORD, confirmFromOutbox, fillSignUp, signIn, signOut, uniqueEmail } from "./support/journeys";

test("a visitor reads the landing page, registers, confirms the e-mail, signs in and out", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText(/Ozon/);
  await page.getByRole("link", { name: /Попробовать бесплатно/ }).first().click();
  await expect(page).toHaveURL(/\/sign-up$/);

  const email = uniqueEmail("visitor");
  await fillSignUp(page, { name: "Мария Иванова", organisation: "Магазин Марии", email, password: PASSWORD });
  await expect(page.getByRole("heading", { name: "Проверьте почту" })).toBeVisible();
  await expect(page.getByText(email)).toBeVisible();

  // Before confirming, sign-in is refused with a clear reason.
  await signIn(page, email, PASSWORD);
  await expect(page.getByRole("alert").filter({ hasText: "E-mail ещё не подтверждён" })).toBeVisible();

  await confirmFromOutbox(page, email);
  await signIn(page, email, PASSWORD);
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("heading", { name: "Здравствуйте, Мария Иванова!" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Разделы кабинета" })).toBeVisible();
  await expect(page.getByText("Магазин Марии")).toBeVisible();

  await signOut(page);
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/sign-in/);
});

test("the site speaks Russian by default and switches to English", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  await page.getByRole("button", { name: "English" }).first().click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Ozon");
  await page.goto("/sign-up");
  await expect(page.getByLabel("Your name")).toBeVisible();
  await page.getByRole("button", { name: "Русский" }).click();
  await expect(page.getByLabel("Ваше имя")).toBeVisible();
});
