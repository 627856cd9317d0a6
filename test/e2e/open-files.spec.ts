// Opening files without the Open dialog's pickers: dropping a French file with its English onto the window, and
// going back to an earlier review from the recent list.
import { expect, test } from './harness/fixture.ts';
import { waitForDesk } from './support/desk.ts';

test('opens dropped files as French and English, then reopens the sample from the recent list', async ({
  workbench,
}) => {
  const { page } = workbench;
  await waitForDesk(page);
  const sampleName = (await page.locator('.toolbar .project-name').textContent()) ?? '';

  // Drop the English first and the French second: the names tell which is which.
  const transfer = await page.evaluateHandle(() => {
    const data = new DataTransfer();
    data.items.add(new File(['The strikes stopped the trains.\n\nUnions met on Monday.\n'], 'notice.en.txt'));
    data.items.add(
      new File(['Les grèves ont arrêté les trains.\n\nLes syndicats se sont réunis lundi.\n'], 'notice.fr.txt'),
    );
    return data;
  });
  await page.dispatchEvent('.desk', 'drop', { dataTransfer: transfer });
  await expect(page.locator('.toolbar .project-name')).toContainText('notice');
  await expect(page.locator('.grid-row')).toHaveCount(2);
  await expect(page.locator('.grid-row').first().locator('.col-french')).toContainText(
    'Les grèves ont arrêté les trains.',
  );
  await expect(page.locator('.grid-row').first().locator('.col-english')).toContainText(
    'The strikes stopped the trains.',
  );
  await expect(page.locator('.grid-header .col-english')).toHaveText('Source');

  // The sample is in the recent list of the Open dialog; one click brings it back.
  await page.keyboard.press('Control+o');
  const recent = page.locator('.recent-list button', { hasText: sampleName.replace(/\.[^.]+$/, '') }).first();
  await expect(recent).toBeVisible();
  await recent.click();
  await expect(page.locator('.toolbar .project-name')).toHaveText(sampleName);
  await expect(page.locator('.grid-row').first()).toBeVisible();
});
