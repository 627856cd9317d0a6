// The settings dialog: a blank number is refused where it is, not dropped; a valid one is saved and kept.
import { expect, test } from './harness/fixture.ts';
import { waitForDesk } from './support/desk.ts';

test('refuses a blank pass mark or penalty instead of closing as if it saved', async ({ workbench }) => {
  const { page } = workbench;
  await waitForDesk(page);
  const dialog = page.locator('.settings-dialog');
  const threshold = page.locator('#settings-threshold');
  await page.locator('[data-command="settings"]').click();
  await threshold.fill('');
  await page.locator('#settings-save').click();
  await expect(dialog).toHaveCount(1);
  expect(await threshold.evaluate((input: HTMLInputElement) => input.validity.valueMissing)).toBe(true);

  await threshold.fill('80');
  await page.locator('#settings-penalty-major').fill('');
  await page.locator('#settings-save').click();
  await expect(dialog).toHaveCount(1);
  await page.locator('#settings-penalty-major').fill('10');
  await page.locator('#settings-save').click();
  await expect(dialog).toHaveCount(0);

  await page.locator('[data-command="settings"]').click();
  await expect(threshold).toHaveValue('80');
  await expect(page.locator('#settings-penalty-major')).toHaveValue('10');
});
