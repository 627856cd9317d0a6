// The desk's chrome keeps its shape in both languages: the tool bar on one line down to 1200 px, the filter bar on one
// line at 1400 px, and no column header, label or placeholder cut off at 1400 px.
import type { Page } from '@playwright/test';
import { expect, test } from './harness/fixture.ts';
import { waitForDesk } from './support/desk.ts';

/** What does not fit: tool bar items on two lines, clipped text, a placeholder wider than its box. */
async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const toolbar = document.querySelector('.toolbar') as HTMLElement;
    if (toolbar.getBoundingClientRect().height > 45)
      problems.push(`toolbar ${toolbar.getBoundingClientRect().height}px`);
    for (const item of toolbar.querySelectorAll<HTMLElement>('button, .who, .brand')) {
      const lineHeight = Number.parseFloat(getComputedStyle(item).lineHeight) || 20;
      if (item.getBoundingClientRect().height > lineHeight * 1.6 + 12) problems.push(`wraps: ${item.textContent}`);
      if (item.scrollWidth > item.clientWidth + 1) problems.push(`clipped: ${item.textContent}`);
    }
    const lang = [...toolbar.querySelectorAll<HTMLElement>('.lang')].map((node) => node.getBoundingClientRect().top);
    if (new Set(lang).size > 1) problems.push('language buttons stacked');
    for (const header of document.querySelectorAll<HTMLElement>('.grid-header > span')) {
      if (header.scrollWidth > header.clientWidth + 1) problems.push(`header cut: ${header.textContent}`);
    }
    const search = document.querySelector('#filter-text') as HTMLInputElement;
    const context = document.createElement('canvas').getContext('2d')!;
    context.font = getComputedStyle(search).font;
    if (context.measureText(search.placeholder).width > search.clientWidth - 12) problems.push('placeholder cut');
    return problems;
  });
}

async function filterBarLines(page: Page): Promise<number> {
  return page.evaluate(() => {
    const tops = [...document.querySelectorAll<HTMLElement>('.filter-bar > *')]
      .filter((node) => node.offsetParent !== null && node.getBoundingClientRect().width > 0)
      .map((node) => Math.round(node.getBoundingClientRect().bottom / 10));
    return new Set(tops).size;
  });
}

for (const language of ['en', 'fr'] as const) {
  test(`the ${language} desk keeps its tool bar on one line from 1400 down to 1200 px`, async ({
    workbench,
  }, testInfo) => {
    const { page } = workbench;
    await waitForDesk(page);
    if (language === 'fr') await page.locator('[data-language="fr"]').click();
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.screenshot({ path: testInfo.outputPath(`desk-${language}-1400.png`) });
    expect(await layoutProblems(page)).toEqual([]);
    expect(await filterBarLines(page)).toBe(1);
    await page.setViewportSize({ width: 1200, height: 900 });
    await page.screenshot({ path: testInfo.outputPath(`desk-${language}-1200.png`) });
    const toolbar = await page.locator('.toolbar').boundingBox();
    expect(toolbar!.height).toBeLessThanOrEqual(45);
    const wrapped = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.toolbar button, .toolbar .who')]
        .filter((item) => item.getBoundingClientRect().height > 40)
        .map((item) => item.textContent),
    );
    expect(wrapped).toEqual([]);
  });
}
