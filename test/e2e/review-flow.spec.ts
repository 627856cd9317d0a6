// The review of the sample from end to end: the wrong sense of "grèves" is flagged, explained, fixed, approved,
// counted, shown in French, and the fix reaches the exported text.
import { readFileSync } from 'node:fs';
import { expect, test } from './harness/fixture.ts';
import { hoverWord, screenshot, setRole, waitForDesk, wordBox } from './support/desk.ts';

test('flags grèves, explains it, fixes it, approves it and exports the fix', async ({ workbench }) => {
  const { page } = workbench;
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await waitForDesk(page);
  await setRole(page, 'editor');

  // Before any approval the report has no score to show, and says only that.
  await page.locator('[data-command="toggle-report"]').click();
  await expect(page.locator('.report-dialog .report-score')).toHaveText('not scored yet');
  await page.keyboard.press('Escape');
  await expect(page.locator('.report-dialog')).toBeHidden();

  // Find the segment where the MT wrote "grèves" for ransomware "strikes".
  await page.locator('#filter-text').fill('grèves');
  const row = page.locator('.grid-row', { hasText: 'grèves' }).first();
  await expect(row).toBeVisible();
  await row.click();
  const editor = page.locator('#editor-pane .view-lines');
  await expect(editor).toContainText('grèves');

  // A major flag is drawn on "grèves": a squiggle under the word and a listed flag with its severity word.
  const flag = page.locator('.flag-item.severity-major', { has: page.locator('.flag-span', { hasText: /^grèves$/ }) });
  await expect(flag).toBeVisible();
  await expect(flag).toContainText('Major');
  const word = await wordBox(page, 'grèves');
  const squiggles = await page
    .locator('#editor-pane .squiggly-warning')
    .evaluateAll((nodes) =>
      nodes.map((node) => node.getBoundingClientRect()).map((rect) => ({ x: rect.x, width: rect.width })),
    );
  expect(
    squiggles.some((squiggle) => Math.abs(squiggle.x - word.x) < 3 && Math.abs(squiggle.width - word.width) < 4),
  ).toBe(true);

  // The grid keeps the whole document readable around the segment.
  await page.locator('#filter-text').fill('');
  await expect(page.locator('.filter-bar .count')).toContainText(/(\d+) of \1 segments/);
  await expect(page.locator('.grid-row.active')).toContainText('grèves');
  await screenshot(page, 'main-view.png');

  // Hovering shows the explanation and the suggested fix in the UI language.
  await hoverWord(page, 'grèves');
  const hover = page.locator('.monaco-hover:visible').first();
  await expect(hover).toContainText('Major');
  await expect(hover).toContainText('attaques');
  await expect(hover).toContainText((await flag.locator('.flag-message').textContent()) ?? '');
  // The English span the flag refers to is highlighted once the cursor is on the word.
  await page.mouse.click(word.x + word.width / 2, word.y + word.height / 2);
  await expect(page.locator('.english-text mark')).toContainText(/strikes/i);
  await hoverWord(page, 'grèves');
  await expect(hover).toBeVisible();
  await screenshot(page, 'editor-hover.png');

  // The quick fix (Ctrl+.) replaces the word.
  await page.mouse.click(word.x + 2, word.y + word.height / 2);
  await page.keyboard.press('Control+.');
  const fix = page
    .locator('.action-widget .action-item, .action-widget [role="option"]', { hasText: 'attaques' })
    .first();
  await expect(fix).toBeVisible();
  await fix.click();
  await expect(editor).toContainText('attaques');
  await expect(editor).not.toContainText('grèves');
  await expect(page.locator('#editor-pane .diff-text ins')).toContainText('attaques');
  const fixedText = (await page.locator('#editor-pane .view-lines').textContent()) ?? '';

  // Approving as editor saves the text, and progress and score move.
  const segmentId = await page.locator('.grid-row.active').getAttribute('data-segment-id');
  const progressBefore = (await page.locator('#status-progress').textContent()) ?? '';
  const scoreBefore = (await page.locator('#status-score').textContent()) ?? '';
  await page.locator('[data-action="approve"]').click();
  await expect(page.locator('#status-progress')).not.toHaveText(progressBefore);
  await expect(page.locator('#status-progress')).toContainText(/^\s*1 \/ \d+ approved/);
  await expect(page.locator('#status-score')).not.toHaveText(scoreBefore);
  await expect(page.locator('#status-save')).toContainText('Saved');
  const approvedRow = page.locator(`.grid-row[data-segment-id="${segmentId}"]`);
  await expect(approvedRow.locator('.col-status')).toContainText('Approved');

  // The UI switches to French at once, check messages included.
  // Risk first puts a flagged segment on top; its flag message must change language too.
  await page.locator('#filter-risk').check();
  await page.locator('.grid-row.active').click();
  await page.keyboard.press('Home');
  const message = page.locator('.flag-item .flag-message').first();
  await expect(message).toBeVisible();
  const englishMessage = (await message.textContent()) ?? '';
  await page.locator('[data-language="fr"]').click();
  await expect(page.locator('[data-command="open"]')).toHaveText('Ouvrir');
  await expect(page.locator('#status-progress')).toContainText(/approuvés?/);
  await expect(page.locator('.grid-header')).toContainText('Français');
  await expect(page.locator('.grid-header')).toContainText(/Rétrotraduction|Source/);
  await expect(message).not.toHaveText(englishMessage);
  await screenshot(page, 'french-ui.png');
  await page.locator('#filter-status').selectOption('approved');
  await expect(approvedRow.locator('.col-status')).toContainText('Approuvé');
  await page.locator('#filter-status').selectOption('');
  await page.locator('#filter-risk').uncheck();

  // The report, then the text export: the downloaded file holds the fix.
  await page.locator('[data-command="toggle-report"]').click();
  await expect(page.locator('.report-dialog')).toBeVisible();
  await expect(page.locator('.report-dialog svg.chart').first()).toBeVisible();
  await screenshot(page, 'report-view.png');
  test.skip(workbench.shell === 'electron', 'Electron saves through a native dialog, which Playwright cannot drive');
  const downloading = page.waitForEvent('download');
  await page.locator('.report-dialog [data-format="txt"]').click();
  const download = await downloading;
  const exported = readFileSync((await download.path())!, 'utf8');
  const fixedSentence = fixedText.replace(/\s+/g, ' ').trim();
  expect(exported).toContain('attaques');
  expect(exported.replace(/\s+/g, ' ')).toContain(fixedSentence.slice(0, 60));
  expect(exported).not.toMatch(/série de grèves/);
  // The rest keeps the layout of the opened file: same lines, blank ones included; only the fixed one differs.
  const original = readFileSync('samples/china-denies-microsoft-hack.fr-mt.txt', 'utf8').split('\n');
  const lines = exported.split('\n');
  expect(lines.length).toBe(original.length);
  expect(lines.filter((line, at) => line !== original[at])).toEqual([expect.stringContaining('attaques')]);
  expect(pageErrors).toEqual([]);
});
