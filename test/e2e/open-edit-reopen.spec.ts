// The walking skeleton end to end: the sample opens beside its retranslation, every segment shows both languages,
// an edit made in Monaco is saved, and it is still there after the app is stopped and started again.
import { readFileSync } from 'node:fs';
import { expect, test } from './harness/fixture.ts';
import { screenshot, waitForDesk } from './support/desk.ts';

const SAMPLE_PARAGRAPH_COUNT = readFileSync('samples/china-denies-microsoft-hack.fr-mt.txt', 'utf8')
  .split(/\n\s*\n/)
  .filter((paragraph) => paragraph.trim() !== '').length;

test('opens the sample beside its retranslation, saves an edit made in Monaco, and shows it after a restart', async ({
  workbench,
}) => {
  let { page } = workbench;
  await waitForDesk(page);
  await expect(page.locator('.grid-header')).toContainText('Retranslation');

  // Every segment has its English and its French: walk the virtualized grid to the end and read each row.
  const seen = new Map<string, { english: string; french: string }>();
  const scroller = page.locator('.grid-scroller');
  for (let step = 0; step < 60; step++) {
    const rows = await page.locator('.grid-row').evaluateAll((nodes) =>
      nodes.map((node) => ({
        id: node.getAttribute('data-segment-id') ?? '',
        english: (node.querySelector('.col-english') as HTMLElement | null)?.textContent?.trim() ?? '',
        french: (node.querySelector('.col-french') as HTMLElement | null)?.textContent?.trim() ?? '',
      })),
    );
    for (const row of rows) seen.set(row.id, { english: row.english, french: row.french });
    const atEnd = await scroller.evaluate((node) => node.scrollTop + node.clientHeight >= node.scrollHeight - 2);
    if (atEnd) break;
    await scroller.evaluate((node) => node.scrollBy(0, node.clientHeight * 0.8));
    await page.waitForTimeout(50);
  }
  const total = Number((await page.locator('.filter-bar .count').textContent())?.match(/of (\d+)/)?.[1]);
  expect(total).toBeGreaterThanOrEqual(SAMPLE_PARAGRAPH_COUNT);
  expect(seen.size).toBe(total);
  for (const [id, texts] of seen) {
    expect(texts.english, `English of ${id}`).not.toBe('');
    expect(texts.english, `English of ${id}`).not.toBe('—');
    expect(texts.french, `French of ${id}`).not.toBe('');
  }
  await scroller.evaluate((node) => node.scrollTo(0, 0));
  await screenshot(page, 'side-by-side.png');

  // Edit the segment about the ransomware "strikes" in Monaco and save with Ctrl+S.
  await page.locator('#filter-text').fill('ransomwares');
  await page.locator('.grid-row', { hasText: 'ransomwares' }).first().click();
  const lines = page.locator('#editor-pane .view-lines');
  await expect(lines).toContainText('grèves');
  await page.locator('#editor-pane .monaco-editor').click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.type('Relu : ');
  await page.keyboard.press('Control+s');
  await expect(page.locator('.grid-row.active .col-french')).toContainText('Relu : Cette année');
  await expect(page.locator('.status-bar')).toContainText(/Saved/);

  // Stop the app as a user would, start it again on the same data: the edit is there.
  await workbench.restart();
  page = workbench.page;
  await waitForDesk(page);
  await page.locator('#filter-text').fill('ransomwares');
  const row = page.locator('.grid-row', { hasText: 'ransomwares' }).first();
  await expect(row.locator('.col-french')).toContainText('Relu : Cette année a vu');
  await row.click();
  await expect(page.locator('#editor-pane .view-lines')).toContainText('Relu : Cette année a vu');
  await expect(row).toContainText(/Draft/);
});
