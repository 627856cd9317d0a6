// An approved segment is locked: the editor must not take typing that the workflow would then refuse and throw away.
import { expect, test } from './harness/fixture.ts';
import { setRole, waitForDesk } from './support/desk.ts';

test('an approved segment cannot be typed into and says it is locked until it is reopened', async ({ workbench }) => {
  const { page } = workbench;
  await waitForDesk(page);
  await setRole(page, 'editor');
  await page.locator('#filter-text').fill('grèves');
  const row = page.locator('.grid-row').filter({ hasText: 'grèves' }).first();
  const editor = page.locator('#editor-pane .view-lines');
  const label = page.locator('#french-label');

  await row.click();
  await expect(label).toContainText(/editable/i);
  await page.locator('[data-action="approve"]').click();
  await expect(row.locator('.col-status')).toContainText('Approved');
  await row.click();
  await expect(label).toContainText(/locked/i);
  await expect(label).not.toContainText(/editable/i);

  // Typing changes nothing, says why, and nothing is refused (so nothing is lost).
  const before = (await editor.textContent()) ?? '';
  await editor.click();
  await page.keyboard.type('XYZ');
  await expect(page.locator('.monaco-editor-overlaymessage')).toContainText(/reopen/i);
  expect(await editor.textContent()).toBe(before);
  await expect(page.locator('#status-save')).not.toContainText('Not saved');

  // Reopened, it takes typing again, and quick fixes work again (Monaco turns them off while read-only).
  await page.locator('[data-action="reopen"]').click();
  await expect(label).toContainText(/editable/i);
  await editor.click();
  await page.keyboard.press('End');
  await page.keyboard.type(' XYZ');
  await expect(editor).toContainText('XYZ');
  await page.keyboard.press('Control+.');
  await expect(page.locator('.action-widget').first()).toContainText('attaques');
});
