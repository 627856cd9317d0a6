// 100,000 segments: the grid paints within a second of the data arriving, flags follow a keystroke within 50 ms, and
// scrolling the whole document never blocks the main thread for more than 100 ms. Figures are printed.
import { writeFileSync } from 'node:fs';
import { expect, test } from './harness/fixture.ts';
import { waitForDesk } from './support/desk.ts';

const SEGMENTS = 100_000;

// Timings on a shared 2-core machine are noisy: one retry keeps a single stray stall from failing the suite, while a
// real regression still fails both runs. Both runs print their figures.
test.describe.configure({ retries: 1 });
// Trace recording snapshots the DOM on every action, which is itself main-thread work: keep it out of the measure.
test.use({ trace: 'off' });

// A bilingual TSV with a little variety, and a wrong-sense "grèves" every so often so flags exist throughout.
function bilingualTsv(count: number): string {
  const pairs: readonly (readonly [string, string])[] = [
    [
      'This year saw a series of major strikes against ransomware.',
      'Cette année a vu une série de grèves importantes contre les rançongiciels.',
    ],
    [
      'The ministry said on Tuesday that the attack was serious.',
      'Le ministère a déclaré mardi que l’attaque était grave.',
    ],
    ['Four nationals were charged in March.', 'Quatre ressortissants ont été inculpés en mars.'],
    [
      'Officials met allies to discuss the response.',
      'Les responsables ont rencontré les alliés pour discuter de la riposte.',
    ],
    ['At least 30,000 organisations were affected.', 'Au moins 30 000 organisations ont été touchées.'],
  ];
  const rows = ['source\ttarget'];
  for (let index = 0; index < count; index++) {
    const [english, french] = pairs[index % pairs.length]!;
    rows.push(`${english} (${index + 1})\t${french} (${index + 1})`);
  }
  return `${rows.join('\n')}\n`;
}

function percentile(values: readonly number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? Number.NaN;
}

test('opens 100,000 segments, paints fast, follows typing and scrolls without long tasks', async ({
  workbench,
}, testInfo) => {
  test.setTimeout(600_000);
  const { page } = workbench;
  await waitForDesk(page);

  const file = testInfo.outputPath('scale-100k.tsv');
  writeFileSync(file, bilingualTsv(SEGMENTS));

  // Open it through the Open dialog, as a user would.
  await page.locator('[data-command="open"]').click();
  await page.locator('#open-french').setInputFiles(file);
  const opened = Date.now();
  await page.locator('#open-confirm').click();
  const shown = SEGMENTS.toLocaleString('en');
  await expect(page.locator('.filter-bar .count')).toContainText(`${shown} of ${shown} segments`, {
    timeout: 480_000,
  });
  const openSeconds = (Date.now() - opened) / 1000;
  await page.waitForFunction(() => performance.getEntriesByName('relecture:first-paint').length >= 2);
  const firstPaint = await page.evaluate(() => performance.getEntriesByName('relecture:first-paint').at(-1)!.duration);

  // Keystroke to updated flags, twenty times, each waiting for the previous answer.
  const editor = page.locator('#editor-pane .view-lines');
  await editor.click();
  await page.keyboard.press('End');
  const keystrokes: number[] = [];
  for (let press = 0; press < 20; press++) {
    const before = await page.evaluate(() => performance.getEntriesByName('relecture:keystroke-to-flags').length);
    await page.keyboard.type(press % 2 === 0 ? 'x' : ' ');
    await page.waitForFunction(
      (count) => performance.getEntriesByName('relecture:keystroke-to-flags').length > count,
      before,
    );
    keystrokes.push(
      await page.evaluate(() => performance.getEntriesByName('relecture:keystroke-to-flags').at(-1)!.duration),
    );
  }

  // Save the typing first: this measures scrolling, not the save that follows typing.
  await page.keyboard.press('Control+s');
  await expect(page.locator('#status-save')).toContainText('Saved');
  await page.waitForTimeout(1000);

  // Scroll the grid: wheel steps, then jumps to the middle and the end, as a scrollbar drag does.
  await page.evaluate(() => {
    const durations: number[] = [];
    (window as unknown as { longTasks: number[] }).longTasks = durations;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) durations.push(entry.duration);
    }).observe({ type: 'longtask' });
  });
  const grid = page.locator('.grid-scroller');
  const box = (await grid.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  for (let step = 0; step < 60; step++) {
    await page.mouse.wheel(0, 1200);
    await page.waitForTimeout(16);
  }
  for (const share of [0.25, 0.5, 0.75, 1, 0]) {
    await grid.evaluate((node, at) => {
      node.scrollTop = at * (node.scrollHeight - node.clientHeight);
    }, share);
    await page.waitForTimeout(120);
  }
  for (let step = 0; step < 30; step++) {
    await page.mouse.wheel(0, -900);
    await page.waitForTimeout(16);
  }
  await page.waitForTimeout(500);
  const longTasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
  const rowsInDom = await page.locator('.grid-row').count();

  const figures = {
    segments: SEGMENTS,
    openSeconds: Number(openSeconds.toFixed(1)),
    firstPaintMs: Math.round(firstPaint),
    keystrokeToFlagsMs: {
      median: Math.round(percentile(keystrokes, 0.5)),
      p90: Math.round(percentile(keystrokes, 0.9)),
      max: Math.round(Math.max(...keystrokes)),
    },
    scrollLongTasks: { count: longTasks.length, maxMs: Math.round(Math.max(0, ...longTasks)) },
    rowsInDom,
  };
  console.log(`scale figures: ${JSON.stringify(figures)}`);
  testInfo.annotations.push({ type: 'figures', description: JSON.stringify(figures) });

  expect(firstPaint).toBeLessThanOrEqual(1000);
  expect(percentile(keystrokes, 0.5)).toBeLessThanOrEqual(50);
  expect(Math.max(0, ...longTasks)).toBeLessThanOrEqual(100);
  expect(rowsInDom).toBeLessThan(100);
});
