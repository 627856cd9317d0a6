// Helpers the review desk specs share: waiting for the desk, finding a word on screen in Monaco, taking screenshots.
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { expect, type Page } from '@playwright/test';

const repoRoot = resolve(import.meta.dirname, '..', '..', '..');

/** Waits until the desk has loaded a review and painted its grid. */
export async function waitForDesk(page: Page): Promise<void> {
  await expect(page.locator('body')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
  await expect(page.locator('.grid-row').first()).toBeVisible();
}

/** The on-screen box of the first occurrence of `word` in the Monaco editor's rendered lines. */
export async function wordBox(
  page: Page,
  word: string,
): Promise<{ x: number; y: number; width: number; height: number }> {
  const box = await page.evaluate((needle) => {
    const lines = document.querySelector('#editor-pane .view-lines');
    if (!lines) return null;
    const walker = document.createTreeWalker(lines, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(needle) ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + needle.length);
      const rect = range.getBoundingClientRect();
      return { x: rect.x, y: rect.y, width: rect.width, height: rect.height };
    }
    return null;
  }, word);
  if (!box) throw new Error(`"${word}" is not shown in the editor`);
  return box;
}

/** Moves the mouse onto `word` in the editor (Monaco shows hovers on mouse movement, so it moves twice). */
export async function hoverWord(page: Page, word: string): Promise<void> {
  const box = await wordBox(page, word);
  await page.mouse.move(box.x + box.width / 2 - 3, box.y + box.height / 2);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 3 });
}

/** Saves a screenshot of the whole window to docs/screenshots/<name>. */
export async function screenshot(page: Page, name: string): Promise<string> {
  const path = resolve(repoRoot, 'docs', 'screenshots', name);
  mkdirSync(dirname(path), { recursive: true });
  await page.screenshot({ path });
  return path;
}

/** Selects the role in the settings dialog, as a user would. */
export async function setRole(page: Page, role: 'translator' | 'editor'): Promise<void> {
  await page.locator('[data-command="settings"]').click();
  await page.locator('#settings-role').selectOption(role);
  await page.locator('#settings-save').click();
  await expect(page.locator('.toolbar .who')).toContainText(role === 'editor' ? 'Editor' : 'Translator');
}
