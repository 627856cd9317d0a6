// Segments are data, never markup: HTML and script in a file opened for review show as text and nothing runs.
import { expect, test } from './harness/fixture.ts';
import { waitForDesk } from './support/desk.ts';

// Each file opens with a plain sentence: a file whose first byte is "<" is read as XML, which is not the point here.
const HOSTILE_FRENCH = [
  'Voici un article ordinaire.',
  '<script>window.__pwned = "script"</script> Le texte suit.',
  'Une image <img src=x onerror="window.__pwned = \'img\'"> dans la phrase.',
  'Un dessin <svg onload="window.__pwned = \'svg\'"><circle r="4"/></svg> ici.',
  'Un <a href="javascript:window.__pwned=\'link\'">lien piégé</a> à cliquer.',
  'Une iframe <iframe src="javascript:parent.__pwned=\'iframe\'"></iframe> et un <style>body{display:none}</style> style.',
].join('\n\n');

const HOSTILE_ENGLISH = [
  'Here is an ordinary article.',
  '<script>window.__pwned = "english script"</script> The text follows.',
  'An image <img src=x onerror="window.__pwned = \'english img\'"> in the sentence.',
  'A drawing <svg onload="window.__pwned = \'english svg\'"></svg> here.',
  'A <a href="javascript:window.__pwned=\'english link\'">trapped link</a> to click.',
  'An iframe <iframe src="about:blank"></iframe> and a <style>body{display:none}</style> style.',
].join('\n\n');

test('shows script, img onerror, svg onload and javascript: links as text and runs none of them', async ({
  workbench,
}) => {
  const { page } = workbench;
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await waitForDesk(page);

  // Open the hostile files as a user would: the Open dialog's file pickers.
  await page.locator('[data-command="open"]').click();
  await page.locator('#open-french').setInputFiles({
    name: 'hostile.fr.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from(HOSTILE_FRENCH, 'utf8'),
  });
  await page.locator('#open-english').setInputFiles({
    name: 'hostile.en.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from(HOSTILE_ENGLISH, 'utf8'),
  });
  await page.locator('#open-role').selectOption('source');
  await page.locator('#open-confirm').click();
  await expect(page.locator('.toolbar .project-name')).toContainText('hostile');
  await expect(page.locator('.grid-row')).toHaveCount(6);

  // Every tag shows literally, in the grid, the English pane and the editor.
  const grid = page.locator('.grid-spacer');
  await expect(grid).toContainText('<script>window.__pwned = "script"</script>');
  await expect(grid).toContainText('<img src=x onerror=');
  await expect(grid).toContainText('<svg onload=');
  await expect(grid).toContainText('<a href="javascript:');
  await expect(grid).toContainText('<script>window.__pwned = "english script"</script>');
  for (let row = 1; row < 6; row++) {
    await page.locator('.grid-row').nth(row).click();
    await expect(page.locator('#editor-pane .view-lines')).toContainText('<');
    await expect(page.locator('.english-text')).toContainText('<');
  }
  await page.locator('.grid-row', { hasText: 'lien piégé' }).first().click();
  await expect(page.locator('#editor-pane .view-lines')).toContainText('javascript:');

  // No element was created from the data, and nothing ran.
  const injected = await page.evaluate(() => ({
    elements: document.querySelectorAll(
      '#app script, #app img, #app svg:not(.chart) circle, #app iframe, #app style, #app a[href^="javascript"], [onerror], [onload]',
    ).length,
    pwned: (window as unknown as { __pwned?: string }).__pwned ?? null,
    bodyShown: getComputedStyle(document.body).display !== 'none',
  }));
  // Give any deferred handler (image error, svg load) time to fire before judging.
  await page.waitForTimeout(500);
  const pwnedLater = await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned ?? null);
  expect(injected).toEqual({ elements: 0, pwned: null, bodyShown: true });
  expect(pwnedLater).toBeNull();
  expect(dialogs).toEqual([]);

  // Editing a hostile segment keeps it text too: the word diff and the history render it literally.
  await page.locator('#editor-pane .view-lines').click();
  await page.keyboard.press('End');
  await page.keyboard.type(' <b onmouseover="window.__pwned=1">gras</b>');
  await expect(page.locator('#editor-pane .diff-text ins')).toContainText('<b onmouseover=');
  await page.keyboard.press('Control+s');
  await expect(page.locator('#status-save')).toContainText('Saved');
  expect(await page.locator('#app b, #app [onmouseover]').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned ?? null)).toBeNull();
});
