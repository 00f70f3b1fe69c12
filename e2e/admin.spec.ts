import * as OTPAuth from "otpauth";
import { expect, test } from "./support/fixtures";
import { ADMIN } from "./support/fixtures";
import { PASSWORD, registerConfirmedSeller, signIn, signOut } from "./support/journeys";

const totpCode = (secret: string) => new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret) }).generate();

test("a seller is refused /admin", async ({ page }) => {
  const email = await registerConfirmedSeller(page, "curious");
  await signIn(page, email, PASSWORD);
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("link", { name: "Админка" })).toHaveCount(0);
  const response = await page.goto("/admin");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "Доступ запрещён" })).toBeVisible();
});

test("an admin turns on 2FA, enters /admin and changes a user's role", async ({ page }) => {
  const sellerEmail = await registerConfirmedSeller(page, "promoted");

  await signIn(page, ADMIN.email, ADMIN.password);
  await expect(page).toHaveURL(/\/dashboard$/);
  await page.goto("/admin");
  // Without 2FA the admin is sent to set it up first.
  await expect(page).toHaveURL(/\/settings\/security\?required=admin/);
  await expect(page.getByText("Чтобы открыть админку, включите двухфакторную аутентификацию.")).toBeVisible();

  await page.getByLabel("Текущий пароль").first().fill(ADMIN.password);
  await page.getByRole("button", { name: "Включить 2FA" }).click();
  await expect(page.getByRole("img", { name: "QR-код для приложения-аутентификатора" })).toBeVisible();
  const secret = (await page.getByTestId("totp-secret").textContent())!.trim();
  await page.getByLabel("Код из приложения").fill(totpCode(secret));
  await page.getByRole("button", { name: "Подтвердить и включить" }).click();
  await expect(page.getByText("Двухфакторная аутентификация включена.").first()).toBeVisible();

  await page.goto("/admin");
  await expect(page.getByRole("heading", { name: "Пользователи" })).toBeVisible();
  await page.getByLabel("Поиск по имени или e-mail").fill(sellerEmail);
  await page.getByRole("button", { name: "Найти" }).click();
  const row = page.getByTestId(`user-row-${sellerEmail}`);
  await expect(row).toContainText("Продавец");
  await row.getByLabel(`Роль пользователя ${sellerEmail}`).selectOption("admin");
  await row.getByRole("button", { name: "Сменить роль" }).click();
  await expect(row.getByText("Роль изменена.")).toBeVisible();
  await expect(row.getByRole("cell", { name: "Администратор" })).toBeVisible();

  // The next sign-in of this admin asks for the code.
  await signOut(page);
  await signIn(page, ADMIN.email, ADMIN.password);
  await expect(page).toHaveURL(/\/sign-in\/two-factor/);
  await page.getByLabel("Код из приложения").fill(totpCode(secret));
  await page.getByRole("button", { name: "Подтвердить" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
});
