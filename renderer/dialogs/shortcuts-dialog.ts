// The shortcut sheet (F1), generated from the keymap so it cannot drift from what the keys do.
import { el } from '../dom/el.ts';
import { t } from '../i18n/ui-i18n.ts';
import { SHORTCUTS } from '../keyboard/keymap.ts';
import { createModal } from './modal.ts';

/** Shows the list of shortcuts. */
export async function showShortcuts(): Promise<void> {
  const table = el(
    'table',
    { class: 'shortcuts' },
    el(
      'thead',
      {},
      el('tr', {}, el('th', { scope: 'col' }, t('shortcuts.keys')), el('th', { scope: 'col' }, t('shortcuts.action'))),
    ),
    el(
      'tbody',
      {},
      ...SHORTCUTS.map((shortcut) =>
        el('tr', {}, el('td', {}, el('kbd', {}, shortcut.keys)), el('td', {}, t(`command.${shortcut.command}`))),
      ),
    ),
  );
  const modal = createModal(t('shortcuts.title'), 'shortcuts-dialog', table);
  const close = el('button', { type: 'button', class: 'primary', onclick: () => modal.close() }, t('dialog.close'));
  modal.footer.append(close);
  const shown = modal.show();
  close.focus();
  await shown;
}
