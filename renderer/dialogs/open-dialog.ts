// The Open dialog: the French file (text, XLIFF, TMX, TSV/CSV), an optional English file and its role, or a recent
// review. Electron picks paths with its native dialog; the browser reads the files and uploads them.
import type { RecentProject, UploadedFile } from '../../src/api/views.ts';
import type { EnglishRole } from '../../src/model/segment.ts';
import { el } from '../dom/el.ts';
import { t } from '../i18n/ui-i18n.ts';
import { readUpload } from '../shell/files.ts';
import { createModal } from './modal.ts';

/** What the user chose to open. */
export type OpenChoice =
  | {
      readonly kind: 'upload';
      readonly target: UploadedFile;
      readonly english?: UploadedFile;
      readonly englishRole: EnglishRole;
    }
  | { readonly kind: 'native'; readonly englishRole: EnglishRole }
  | { readonly kind: 'recent'; readonly projectPath: string }
  | { readonly kind: 'sample' };

const ACCEPT = '.txt,.text,.xlf,.xliff,.sdlxliff,.tmx,.tsv,.csv,text/plain';

/** Shows the Open dialog; resolves with the choice, or null when cancelled. */
export async function chooseFiles(
  shell: 'electron' | 'browser',
  recent: readonly RecentProject[],
): Promise<OpenChoice | null> {
  const french = el('input', { type: 'file', accept: ACCEPT, id: 'open-french', 'data-testid': 'open-french' });
  const english = el('input', { type: 'file', accept: ACCEPT, id: 'open-english', 'data-testid': 'open-english' });
  const role = el('select', { id: 'open-role' });
  role.append(
    el('option', { value: 'source' }, t('open.roleSource')),
    el('option', { value: 'retranslation' }, t('open.roleRetranslation')),
  );
  const error = el('p', { class: 'error', role: 'alert' });
  let choice: OpenChoice | null = null;
  const modal = createModal(
    t('open.title'),
    'open-dialog',
    shell === 'browser'
      ? el('div', { class: 'field' }, el('label', { for: 'open-french' }, t('open.french')), french)
      : null,
    shell === 'browser'
      ? el('div', { class: 'field' }, el('label', { for: 'open-english' }, t('open.english')), english)
      : null,
    el('div', { class: 'field' }, el('label', { for: 'open-role' }, t('open.role')), role),
    error,
    recent.length > 0 ? el('h3', {}, t('open.recent')) : null,
    recent.length > 0
      ? el(
          'ul',
          { class: 'recent-list' },
          ...recent.map((project) =>
            el(
              'li',
              {},
              el(
                'button',
                {
                  type: 'button',
                  class: 'link',
                  title: project.projectPath,
                  onclick: () => {
                    choice = { kind: 'recent', projectPath: project.projectPath };
                    modal.close('ok');
                  },
                },
                project.name,
              ),
            ),
          ),
        )
      : null,
  );
  const openButton = el(
    'button',
    { type: 'button', class: 'primary', id: 'open-confirm' },
    shell === 'browser' ? t('open.open') : t('open.choose'),
  );
  openButton.addEventListener('click', async () => {
    const englishRole = role.value as EnglishRole;
    if (shell === 'electron') {
      choice = { kind: 'native', englishRole };
      modal.close('ok');
      return;
    }
    const targetFile = french.files?.[0];
    if (!targetFile) {
      error.textContent = t('open.needFrench');
      french.focus();
      return;
    }
    const englishFile = english.files?.[0];
    const target = await readUpload(targetFile);
    choice = englishFile
      ? { kind: 'upload', target, english: await readUpload(englishFile), englishRole }
      : { kind: 'upload', target, englishRole };
    modal.close('ok');
  });
  modal.footer.append(
    el(
      'button',
      {
        type: 'button',
        onclick: () => {
          choice = { kind: 'sample' };
          modal.close('ok');
        },
      },
      t('open.sample'),
    ),
    el('button', { type: 'button', onclick: () => modal.close('cancel') }, t('dialog.cancel')),
    openButton,
  );
  const shown = modal.show();
  (shell === 'browser' ? french : openButton).focus();
  await shown;
  return choice;
}
