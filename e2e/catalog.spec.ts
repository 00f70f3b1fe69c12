import { expect, test } from "./support/fixtures";
import { registerConfirmedSeller, PASSWORD, signIn } from "./support/journeys";

/** A seller connects the sandbox, imports its Ozon catalogue on the built-in runner, browses and filters it. */
test("seller imports the sandbox catalogue and filters it by brand", async ({ page }) => {
  test.setTimeout(120_000);
  const email = await registerConfirmedSeller(page, "catalog");
  await signIn(page, email, PASSWORD);
  await expect(page).toHaveURL(/\/dashboard$/);

  await page.goto("/connections");
  await page.getByRole("button", { name: "Подключить песочницу" }).click();
  await expect(page.getByText("Песочница подключена", { exact: false })).toBeVisible({ timeout: 30_000 });

  await page.goto("/catalog");
  await expect(page.getByRole("heading", { name: "Каталог ещё не загружен" })).toBeVisible();
  await page.getByRole("button", { name: "Импортировать каталог" }).click();
  // The progress panel refreshes the page until the import is done; then the table and the refresh button appear.
  await expect(page.getByRole("button", { name: "Обновить" })).toBeVisible({ timeout: 90_000 });
  await expect(page.getByText(/Найдено товаров: \d+/)).toBeVisible();
  await expect(page.getByRole("checkbox", { name: /^Выбрать «/ }).first()).toBeVisible();

  const brandSelect = page.getByLabel("Бренд");
  const brand = (await brandSelect.locator("option").nth(1).textContent())!.trim();
  await brandSelect.selectOption(brand);
  await page.getByRole("button", { name: "Применить" }).click();
  await expect(page).toHaveURL(/[?&]brand=/);
  const rows = page.locator('[data-testid^="product-"]');
  await expect(rows.first()).toBeVisible();
  for (const row of await rows.all()) await expect(row.getByRole("cell").nth(4)).toHaveText(brand);

  await page.getByRole("button", { name: /^Выбрать все \d+ по фильтру$/ }).click();
  await expect(page.getByText(/^Выбрано: [1-9]\d*$/)).toBeVisible();
});
