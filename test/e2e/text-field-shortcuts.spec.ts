// Desk shortcuts stay out of ordinary text fields: Ctrl+Enter in the comment box posts the comment instead of
// approving the segment and moving on (which used to throw the comment away); dialogs keep Enter and Escape.
import { expect, test } from './harness/fixture.ts';
import { waitForDesk } from './support/desk.ts';

test('Ctrl+Enter in the comment box adds the comment and leaves the segment as it was', async ({ workbench }) => {
  const { page } = workbench;
  await waitForDesk(page);
  const row = page.locator('.grid-row[data-index="1"]');
  await row.click();
  const status = (await row.locator('.col-status').textContent()) ?? '';
  const comment = page.getByPlaceholder('Write a comment');

  await comment.fill('Check the figure against the wire.');
  await page.keyboard.press('Control+Enter');
  await expect(page.locator('#review-panel .comment-list')).toContainText('Check the figure against the wire.');
  await expect(comment).toHaveValue('');
  await expect(page.locator('.grid-row.active')).toHaveAttribute('data-index', '1');
  await expect(row.locator('.col-status')).toHaveText(status);
  await expect(row.locator('.col-comments')).toContainText('1');

  // Nor does it fire from the filter box.
  await page.locator('#filter-text').click();
  await page.keyboard.press('Control+Enter');
  await page.keyboard.press('Alt+ArrowDown');
  await expect(page.locator('.grid-row.active')).toHaveAttribute('data-index', '1');
  await expect(row.locator('.col-status')).toHaveText(status);

  // Desk-wide shortcuts still work from a text field, and dialogs keep Escape and Ctrl+Enter.
  await comment.click();
  await page.keyboard.press('F1');
  await expect(page.locator('.shortcuts-dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.locator('.shortcuts-dialog')).toHaveCount(0);
});
