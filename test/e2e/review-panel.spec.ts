// The review panel against the real core: MQM annotation of a selected span, a flag dismissed as a false alarm,
// comments, rejection with a reason, reopening, and the segment's history with its diffs.
import { expect, test } from './harness/fixture.ts';
import { setRole, waitForDesk, wordBox } from './support/desk.ts';

test('annotates, dismisses, comments, rejects with a reason, reopens and shows it all in the history', async ({
  workbench,
}) => {
  const { page } = workbench;
  await waitForDesk(page);
  await setRole(page, 'editor');
  await page.locator('#filter-text').fill('grèves');
  await page.locator('.grid-row', { hasText: 'grèves' }).first().click();
  const activeRow = page.locator('.grid-row.active');
  const panel = page.locator('#review-panel');

  // Select "grèves" (double-click selects the word) and record it as a major mistranslation.
  const word = await wordBox(page, 'grèves');
  await page.mouse.dblclick(word.x + word.width / 2, word.y + word.height / 2);
  await panel.locator('select[name="category"]').selectOption('accuracy/mistranslation');
  await panel.locator('select[name="severity"]').selectOption('major');
  await panel.locator('input[name="comment"]').fill('strike = attack here');
  await panel.getByRole('button', { name: 'Annotate selection' }).click();
  const annotation = panel.locator('.annotation-list li').first();
  await expect(annotation).toContainText('Mistranslation');
  await expect(annotation).toContainText('grèves');
  await expect(annotation).toContainText('strike = attack here');

  // A flag dismissed as a false alarm leaves the segment's list.
  const flags = page.locator('#editor-pane .flag-item');
  const before = await flags.count();
  expect(before).toBeGreaterThan(0);
  const dismissed = (await flags.last().locator('.flag-span').textContent()) ?? '';
  await flags.last().getByRole('button', { name: 'Dismiss as false alarm' }).click();
  await expect(flags).toHaveCount(before - 1);
  expect(dismissed).not.toBe('');

  // A comment appears in the thread and in the grid's comment count.
  await panel.locator('textarea').fill('Checked against the AFP original.');
  await panel.getByRole('button', { name: 'Add comment' }).click();
  await expect(panel.locator('.comment-list')).toContainText('Checked against the AFP original.');
  await expect(activeRow.locator('.col-comments')).toContainText('1');

  // Reject asks for a reason; the status and the history show it.
  const segmentId = (await activeRow.getAttribute('data-segment-id')) ?? '';
  await panel.locator('[data-action="reject"]').click();
  await page.locator('#reject-reason').fill('Wrong sense of strike left in place');
  await page.locator('.reject-dialog button[value="ok"]').click();
  const row = page.locator(`.grid-row[data-segment-id="${segmentId}"]`);
  await expect(row.locator('.col-status')).toContainText('Rejected');
  await row.click();
  await expect(panel.locator('.history')).toContainText('Wrong sense of strike left in place');

  // Reopen only undoes an approval, so it is offered on an approved segment alone.
  await expect(panel.locator('[data-action="reopen"]')).toBeDisabled();

  // Edit the rejected text: the history keeps the MT and the new version with its word diff.
  const again = await wordBox(page, 'grèves');
  await page.mouse.dblclick(again.x + again.width / 2, again.y + again.height / 2);
  await page.keyboard.type('attaques');
  await page.keyboard.press('Control+s');
  await expect(page.locator('#status-save')).toContainText('Saved');
  await expect(panel.locator('.history')).toContainText('Machine translation');
  await expect(panel.locator('.history del').first()).toContainText('grèves');
  await expect(panel.locator('.history ins').first()).toContainText('attaques');

  // Approve (which moves on), come back and reopen.
  await panel.locator('[data-action="approve"]').click();
  await expect(row.locator('.col-status')).toContainText('Approved');
  await row.click();
  await panel.locator('[data-action="reopen"]').click();
  await expect(row.locator('.col-status')).not.toContainText('Approved');
  await expect(page.locator('#status-message')).not.toHaveClass(/error/);

  // Segment-level undo brings the MT text back into the editor.
  await panel.locator('[data-action="undo"]').click();
  await expect(page.locator('#editor-pane .view-lines')).toContainText('grèves');
});
