// The status bar's messages: an error goes away once the same kind of operation succeeds, a long one can be read in
// full, messages follow the interface language, counts agree in number, and an empty export says it is empty.
import { expect, test } from './harness/fixture.ts';
import { waitForDesk } from './support/desk.ts';

const MALFORMED_XLIFF = `<?xml version="1.0"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="en" trgLang="fr">
<file id="f"><unit id="u1"><segment><source>Bye</source><target>Au revoir</segment></unit></file></xliff>
`;

async function drop(page: import('@playwright/test').Page, name: string, content: string): Promise<void> {
  const transfer = await page.evaluateHandle(
    ([fileName, text]) => {
      const data = new DataTransfer();
      data.items.add(new File([text], fileName));
      return data;
    },
    [name, content] as const,
  );
  await page.dispatchEvent('.desk', 'drop', { dataTransfer: transfer });
}

test('a failed open is reported in full until a later open succeeds', async ({ workbench }) => {
  const { page } = workbench;
  await waitForDesk(page);
  const message = page.locator('#status-message');

  await drop(page, 'broken.fr.xlf', MALFORMED_XLIFF);
  await expect(message).toHaveClass(/error/);
  await expect(message).toContainText('broken.fr.xlf');
  const full = (await message.textContent()) ?? '';
  await expect(message).toHaveAttribute('title', full);

  await drop(page, 'notice.fr.txt', 'Les grèves ont arrêté les trains.\n');
  await expect(page.locator('.toolbar .project-name')).toContainText('notice');
  await expect(message).not.toHaveClass(/error/);
  await expect(message).toHaveText('');
  // One segment: the count agrees in number, in both languages.
  await expect(page.locator('.filter-bar .count')).toHaveText('1 of 1 segment');
  await page.locator('[data-language="fr"]').click();
  await expect(page.locator('.filter-bar .count')).toHaveText('1 sur 1 segment');
});

test('an invalid regular expression is explained once, in the interface language', async ({ workbench }) => {
  const { page } = workbench;
  await waitForDesk(page);
  const error = page.locator('#filter-error');
  await page.locator('#filter-regex').check();
  await page.locator('#filter-text').fill('([');
  await expect(error).toContainText('Invalid regular expression');
  expect(((await error.textContent()) ?? '').match(/Invalid regular expression/g)).toHaveLength(1);
  await page.locator('[data-language="fr"]').click();
  await expect(error).toContainText('Expression régulière non valide');
  await expect(error).not.toContainText('Invalid');
});

test('a TMX export with nothing in it says why it is empty', async ({ workbench }) => {
  const { page } = workbench;
  await waitForDesk(page);
  await page.keyboard.press('Control+r');
  const download = page.waitForEvent('download');
  await page.locator('.report-dialog [data-format="tmx"]').click();
  await download;
  await expect(page.locator('.report-dialog .export-result')).toContainText(/translation memory/i);
  await expect(page.locator('.report-dialog .export-result')).toContainText(/approved/i);
  await page.keyboard.press('Escape');
  await expect(page.locator('#status-message')).toContainText(/empty/i);
});
