// The grid's filters on the sample: regular expressions (and a clear message for an invalid one), severity, risk
// first, and approved segments folded to one line while staying in place.
import { expect, test } from './harness/fixture.ts';
import { setRole, waitForDesk } from './support/desk.ts';

test('filters by regular expression and severity, orders by risk and folds approved segments', async ({
  workbench,
}) => {
  const { page } = workbench;
  await waitForDesk(page);
  const count = page.locator('.filter-bar .count');
  const total = Number(((await count.textContent()) ?? '').match(/of (\d+)/)?.[1]);
  expect(total).toBeGreaterThan(10);

  // An invalid regular expression says why and hides nothing.
  await page.locator('#filter-regex').check();
  await page.locator('#filter-text').fill('(grèves');
  await expect(page.locator('#filter-error')).toContainText('Invalid regular expression');
  await expect(count).toContainText(`${total} of ${total}`);

  // A valid one matches accents and typographic apostrophes.
  await page.locator('#filter-text').fill('gr[eè]ves|l’attaque');
  await expect(page.locator('#filter-error')).toHaveText('');
  await expect(count).not.toContainText(`${total} of`);
  for (const row of await page.locator('.grid-row .col-french').allTextContents()) {
    expect(row).toMatch(/gr[eè]ves|l’attaque/i);
  }
  await page.locator('#filter-text').fill('');
  await page.locator('#filter-regex').uncheck();

  // Severity: only segments with a major flag.
  await page.locator('#filter-severity').selectOption('major');
  await expect(count).not.toContainText(`${total} of`);
  for (const flags of await page.locator('.grid-row .col-flags').allTextContents()) expect(flags).toContain('Major');
  await page.locator('#filter-severity').selectOption('');

  // Risk first: the top row carries the worst flag of the document.
  await page.locator('#filter-risk').check();
  await page.locator('.grid-scroller').evaluate((node) => {
    node.scrollTop = 0;
  });
  const top = (await page.locator('.grid-row[aria-rowindex="2"] .col-flags').textContent()) ?? '';
  expect(top).toMatch(/Critical|Major/);
  await page.locator('#filter-risk').uncheck();

  // Fold approved: an approved segment stays in place, on one line.
  await setRole(page, 'editor');
  await page.locator('.grid-scroller').evaluate((node) => {
    node.scrollTop = 0;
  });
  await page.locator('.grid-row[aria-rowindex="3"]').click();
  const approvedId = (await page.locator('.grid-row.active').getAttribute('data-segment-id')) ?? '';
  await page.locator('[data-action="approve"]').click();
  const approved = page.locator(`.grid-row[data-segment-id="${approvedId}"]`);
  await expect(approved.locator('.col-status')).toContainText('Approved');
  const fullHeight = (await approved.boundingBox())!.height;
  await page.locator('#filter-hide-approved').check();
  await expect(approved).toHaveClass(/collapsed/);
  expect((await approved.boundingBox())!.height).toBeLessThan(fullHeight / 1.5);
  await expect(count).toContainText(`${total} of ${total}`);
});
