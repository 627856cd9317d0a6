// The whole review from the keyboard: settings, search, quick fix, undo/redo, save, approve and move on, jump to
// flagged segments, the shortcut sheet and the report, without touching the mouse.
import { expect, test } from './harness/fixture.ts';
import { waitForDesk } from './support/desk.ts';

test('reviews a segment from the keyboard alone', async ({ workbench }) => {
  const { page } = workbench;
  await waitForDesk(page);
  const activeRow = page.locator('.grid-row.active');
  const editor = page.locator('#editor-pane .view-lines');

  // Ctrl+, opens the settings; the role is chosen with the arrow keys and Enter in a field saves.
  await page.keyboard.press('Control+,');
  await expect(page.locator('#settings-user')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.locator('#settings-role')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('#settings-role')).toHaveValue('editor');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(page.locator('.settings-dialog')).toHaveCount(0);
  await expect(page.locator('.toolbar .who')).toContainText('Editor');

  // Ctrl+F, type, Enter: the matching segment opens in the editor with the cursor in it.
  await page.keyboard.press('Control+f');
  await expect(page.locator('#filter-text')).toBeFocused();
  await page.keyboard.type('grèves');
  await page.keyboard.press('Enter');
  await expect(activeRow).toContainText('grèves');
  await expect(page.locator('#editor-pane .monaco-editor')).toHaveClass(/\bfocused\b/);

  // F8 walks through the segment's flags, each shown with its explanation; stop on "grèves", Escape closes.
  const problem = page.locator('.marker-widget').first();
  for (let press = 0; press < 8; press++) {
    await page.keyboard.press('F8');
    await expect(problem).toBeVisible();
    if (((await problem.textContent()) ?? '').includes('grèves')) break;
  }
  await expect(problem).toContainText('grèves');
  await page.keyboard.press('Escape');
  await expect(problem).toBeHidden();

  // Ctrl+. offers the fixes of the worst flag; Enter applies the preferred one.
  await page.keyboard.press('Control+.');
  const menu = page.locator('.action-widget').first();
  await expect(menu).toBeVisible();
  await expect(menu).toContainText('attaques');
  await page.keyboard.press('Enter');
  await expect(editor).toContainText('attaques');
  await expect(editor).not.toContainText('grèves');

  // Monaco's own undo and redo work inside the text.
  await page.keyboard.press('Control+z');
  await expect(editor).toContainText('grèves');
  await page.keyboard.press('Control+y');
  await expect(editor).toContainText('attaques');

  // Ctrl+S saves the typed text now.
  await page.keyboard.press('Control+s');
  await expect(page.locator('#status-save')).toContainText('Saved');
  await expect(activeRow.locator('.col-french')).toContainText('attaques');

  // Clearing the filter (Ctrl+F, Backspace, Enter) shows the whole document and returns to the editor.
  await page.keyboard.press('Control+f');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Enter');
  await expect(page.locator('.filter-bar .count')).toContainText(/(\d+) of \1 segments/);
  await expect(activeRow).toContainText('attaques');

  // Ctrl+Enter approves (editor role) and moves to the next segment.
  const approvedId = await activeRow.getAttribute('data-segment-id');
  await page.keyboard.press('Control+Enter');
  await expect(page.locator('#status-progress')).toContainText(/1 \/ \d+ approved/);
  await expect(activeRow).not.toHaveAttribute('data-segment-id', approvedId ?? '');

  // Alt+Up / Alt+Down step through the document.
  const here = Number(await activeRow.getAttribute('data-index'));
  await page.keyboard.press('Alt+ArrowUp');
  await expect(activeRow).toHaveAttribute('data-index', String(here - 1));
  await page.keyboard.press('Alt+ArrowDown');
  await expect(activeRow).toHaveAttribute('data-index', String(here));

  // F1 shows the shortcut sheet; Ctrl+R the report; Escape closes each.
  await page.keyboard.press('F1');
  await expect(page.locator('.shortcuts-dialog')).toBeVisible();
  await expect(page.locator('.shortcuts-dialog')).toContainText('Ctrl+Shift+Down');
  await page.keyboard.press('Escape');
  await expect(page.locator('.shortcuts-dialog')).toHaveCount(0);
  await page.keyboard.press('Control+r');
  await expect(page.locator('.report-dialog')).toBeVisible();
  await expect(page.locator('.report-dialog')).toContainText(/1 segments? is not approved|segments are not approved/);
  await page.keyboard.press('Escape');
  await expect(page.locator('.report-dialog')).toHaveCount(0);

  // The grid comes next in the Tab order after the filters, and answers Home and the arrow keys.
  await page.keyboard.press('Control+f');
  for (let press = 0; press < 5; press++) await page.keyboard.press('Tab');
  await expect(page.locator('.grid-scroller')).toBeFocused();
  await page.keyboard.press('Home');
  await expect(activeRow).toHaveAttribute('data-index', '0');
  await page.keyboard.press('ArrowDown');
  await expect(activeRow).toHaveAttribute('data-index', '1');

  // Ctrl+Shift+Down jumps to the next segment that has a flag.
  await page.keyboard.press('Control+Shift+ArrowDown');
  await expect(activeRow.locator('.col-flags .badge').first()).toBeVisible();
  expect(Number(await activeRow.getAttribute('data-index'))).toBeGreaterThan(1);
});
