import { expect, test } from "./support/fixtures";
import { PASSWORD, registerConfirmedSeller, signIn } from "./support/journeys";

test("a seller connects the sandbox, and a wrong Ozon key is refused with a clear reason and nothing saved", async ({ page }) => {
  const email = await registerConfirmedSeller(page, "connections");
  await signIn(page, email, PASSWORD);
  await expect(page).toHaveURL(/\/dashboard$/);
  await page.goto("/connections");
  await expect(page.getByRole("heading", { level: 1, name: "Подключения" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Подключений пока нет" })).toBeVisible();

  // One click: an Ozon + WB pair on the built-in emulators, with a generated catalogue.
  const sandbox = page.getByRole("region", { name: "Песочница", exact: true });
  await expect(sandbox.getByText("Карточки на стороне WB хранятся в памяти до перезапуска приложения")).toBeVisible();
  await sandbox.getByLabel("Товаров в каталоге").selectOption("200");
  await sandbox.getByRole("button", { name: "Подключить песочницу" }).click();
  await expect(sandbox.getByText("Песочница подключена")).toBeVisible({ timeout: 45_000 });

  const list = page.getByRole("region", { name: "Ваши подключения" });
  const ozon = list.getByRole("region", { name: "Песочница Ozon" });
  const wb = list.getByRole("region", { name: "Песочница WB" });
  for (const card of [ozon, wb]) {
    await expect(card.getByText("Работает", { exact: true })).toBeVisible();
    await expect(card.getByText("Песочница", { exact: true })).toBeVisible();
  }
  await expect(ozon.getByText(/^Client-Id \d\d…\d\d · Api-Key ••••\w{4}$/)).toBeVisible();
  await expect(wb.getByText(/^Token ••••/)).toBeVisible();
  await expect(wb.getByText("Токен действует до")).toBeVisible();

  await ozon.getByRole("button", { name: "Проверить сейчас" }).click();
  await expect(ozon.getByText("Проверка прошла: подключение работает.")).toBeVisible();

  // A wrong key: the check fails, the reason is shown, nothing is saved.
  const addOzon = page.getByRole("region", { name: "Добавить Ozon" });
  await addOzon.getByLabel("Название подключения").fill("Настоящий Ozon");
  await addOzon.getByLabel("Client-Id").fill("1234567");
  await addOzon.getByLabel("Api-Key").fill("00000000-0000-4000-8000-000000000000");
  await addOzon.getByRole("button", { name: "Проверить и сохранить" }).click();
  // Without OZON_API_URL the app talks to the real Ozon host; offline, that is "unreachable".
  await expect(addOzon.getByRole("alert")).toContainText("Ozon отклонил ключ", { timeout: 30_000 });
  await expect(addOzon.getByLabel("Api-Key")).toHaveValue("");
  await expect(list.getByRole("region")).toHaveCount(2);
  await page.reload();
  await expect(list.getByRole("region")).toHaveCount(2);
  await expect(page.getByText("Настоящий Ozon")).toHaveCount(0);

  // Removing asks first.
  await wb.getByRole("button", { name: "Удалить" }).click();
  const dialog = page.getByRole("dialog", { name: "Удалить подключение «Песочница WB»?" });
  await dialog.getByRole("button", { name: "Удалить подключение" }).click();
  await expect(dialog).toBeHidden();
  await expect(list.getByRole("region")).toHaveCount(1);
  await expect(ozon).toBeVisible();
});
